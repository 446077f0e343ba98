using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP2004: a POST that creates state cannot be retried safely.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class SupportIdempotentPostsAnalyzer : EndpointAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.SupportIdempotentPosts,
        "Support idempotency keys on state-changing POSTs",
        "The POST endpoint has no idempotency support; a retried request can apply twice",
        RuleCategories.Api,
        DiagnosticSeverity.Info,
        "Accept an Idempotency-Key header (an idempotency endpoint filter or middleware) and replay the first response for repeats.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void AnalyzeEndpoint(Endpoint endpoint, Action<Diagnostic> report)
    {
        if (endpoint.HttpMethod != "POST" || MentionsIdempotency(endpoint.Handler) || MentionsIdempotency(endpoint.Handler.ContainingType))
        {
            return;
        }

        foreach (var parameter in endpoint.Handler.Parameters)
        {
            if (IsIdempotencyName(parameter.Name) || parameter.GetAttributes().Any(a =>
                    a.AttributeClass?.Name == "FromHeaderAttribute" &&
                    a.NamedArguments.Any(n => n.Value.Value is string header && IsIdempotencyName(header))))
            {
                return;
            }
        }

        if (endpoint.MapCall is { } map && RouteConventions.Read(map).Any(IsIdempotencyName))
        {
            return;
        }

        report(Diagnostic.Create(Rule, endpoint.Location));
    }

    private static bool MentionsIdempotency(ISymbol? symbol) =>
        symbol is not null && symbol.HasAttribute(c => IsIdempotencyName(c.Name));

    private static bool IsIdempotencyName(string name) => name.IndexOf("idempoten", StringComparison.OrdinalIgnoreCase) >= 0;
}
