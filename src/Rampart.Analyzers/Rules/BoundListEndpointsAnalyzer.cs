using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP2003: a list endpoint reads a whole table without a bound.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BoundListEndpointsAnalyzer : EndpointAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.BoundListEndpoints,
        "Bound list endpoints",
        "The endpoint reads '{0}' without a limit; one request can return the whole table",
        RuleCategories.Api,
        DiagnosticSeverity.Warning,
        "Take a page: .Take(limit) with a capped limit (cursor pagination), and return the next cursor.");

    private static readonly HashSet<string> Materializers = new(StringComparer.Ordinal)
    {
        "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "AsAsyncEnumerable", "AsEnumerable", "ToDictionary", "ToDictionaryAsync",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void AnalyzeEndpoint(Endpoint endpoint, Action<Diagnostic> report)
    {
        if (endpoint.Body is null || !endpoint.IsVerb("GET") || endpoint.Symbols.DbSet is null)
        {
            return;
        }

        foreach (var operation in endpoint.Body.DescendantsInSameScope())
        {
            IOperation? query = operation switch
            {
                IInvocationOperation invocation when Materializers.Contains(invocation.TargetMethod.Name) => invocation,
                IReturnOperation { ReturnedValue: { } value } when endpoint.Symbols.IsQueryable(value.WalkDownConversions().Type) => value,
                _ => null,
            };
            if (query is null)
            {
                continue;
            }

            var chain = QueryChain.Read(query, endpoint.Symbols);
            if (chain.StartsAtDbSet(endpoint.Symbols) && !chain.Contains(IsBound) && chain.Root is { } root)
            {
                report(Diagnostic.Create(Rule, query.Syntax.GetLocation(), root.Syntax.ToString()));
            }
        }
    }

    private static bool IsBound(string method) =>
        method is "Take" or "TakeLast" or "TakeWhile" or "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" ||
        method.IndexOf("Page", StringComparison.Ordinal) >= 0;
}
