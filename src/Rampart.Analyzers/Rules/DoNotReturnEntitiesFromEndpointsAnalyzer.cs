using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP2001: an endpoint returns an EF Core entity instead of a response contract.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotReturnEntitiesFromEndpointsAnalyzer : EndpointAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotReturnEntitiesFromEndpoints,
        "Do not return EF Core entities from endpoints",
        "The endpoint returns the entity type '{0}'; return a response contract instead",
        RuleCategories.Api,
        DiagnosticSeverity.Warning,
        "Map the entity to a response record (DTO) and return that; the entity stays inside the data layer.");

    private static readonly HashSet<string> ResultFactories = new(StringComparer.Ordinal)
    {
        "Ok", "Created", "CreatedAtAction", "CreatedAtRoute", "Accepted", "AcceptedAtAction", "AcceptedAtRoute", "Json", "Content",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void AnalyzeEndpoint(Endpoint endpoint, Action<Diagnostic> report)
    {
        if (endpoint.Body is null || endpoint.Symbols.DbContext is null)
        {
            return;
        }

        var entities = endpoint.Symbols.Entities;
        if (entities.Count == 0)
        {
            return;
        }

        foreach (var operation in endpoint.Body.DescendantsInSameScope())
        {
            if (operation is IReturnOperation { ReturnedValue: { } value })
            {
                Check(value.WalkDownConversions(), entities, report);
            }
        }
    }

    private static void Check(IOperation value, HashSet<ITypeSymbol> entities, Action<Diagnostic> report)
    {
        if (value is IAwaitOperation awaited)
        {
            value = awaited.Operation.WalkDownConversions();
        }

        if (value is IInvocationOperation invocation && ResultFactories.Contains(invocation.TargetMethod.Name) &&
            invocation.TargetMethod.ContainingType?.Name is "Results" or "TypedResults" or "ControllerBase" or "Controller")
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type.SpecialType is not SpecialType.System_String && argument.Value.Syntax is { } syntax)
                {
                    ReportIfEntity(argument.Value.WalkDownConversions().Type, syntax, entities, report);
                }
            }

            return;
        }

        ReportIfEntity(value.Type, value.Syntax, entities, report);
    }

    private static void ReportIfEntity(ITypeSymbol? type, SyntaxNode syntax, HashSet<ITypeSymbol> entities, Action<Diagnostic> report)
    {
        var entity = TypeWalker.SelfAndTypeArguments(type).FirstOrDefault(t => entities.Contains(t.OriginalDefinition) || entities.Contains(t));
        if (entity is not null)
        {
            report(Diagnostic.Create(Rule, syntax.GetLocation(), entity.Name));
        }
    }
}
