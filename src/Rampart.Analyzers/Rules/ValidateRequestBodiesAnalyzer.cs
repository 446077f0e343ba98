using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP2002: a request body type that nothing validates.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ValidateRequestBodiesAnalyzer : EndpointAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.ValidateRequestBodies,
        "Validate request bodies at the gate",
        "The request body type '{0}' has no validation",
        RuleCategories.Api,
        DiagnosticSeverity.Warning,
        "Add validation attributes (with AddValidation) or IValidatableObject, or a FluentValidation AbstractValidator<T>, and reject invalid input with 400.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    protected override void AnalyzeEndpoint(Endpoint endpoint, Action<Diagnostic> report)
    {
        foreach (var parameter in endpoint.Handler.Parameters)
        {
            if (RequestBodies.IsBody(parameter, endpoint) && parameter.Type is INamedTypeSymbol type &&
                !RequestBodies.IsValidated(type, endpoint.Symbols) && !RequestBodies.HasOnlyBooleans(type) && !ValidatedInBody(parameter, endpoint.Body))
            {
                report(Diagnostic.Create(Rule, endpoint.LocationOf(parameter), type.Name));
            }
        }
    }

    private static bool ValidatedInBody(IParameterSymbol parameter, IOperation? body) =>
        body is not null && body.DescendantsInSameScope().OfType<IInvocationOperation>().Any(i =>
            i.TargetMethod.Name.StartsWith("Validate", StringComparison.Ordinal) &&
            (Refers(i.Instance, parameter) || i.Arguments.Any(a => Refers(a.Value, parameter))));

    private static bool Refers(IOperation? operation, IParameterSymbol parameter) =>
        operation?.WalkDownConversions() is IParameterReferenceOperation reference &&
        SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter);
}
