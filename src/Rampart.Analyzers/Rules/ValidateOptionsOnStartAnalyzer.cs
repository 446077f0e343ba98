using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP4006: configuration mistakes should stop the service at start, not fail the first request.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ValidateOptionsOnStartAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.ValidateOptionsOnStart,
        "Validate bound options on start",
        "Options '{0}' are bound from configuration without ValidateOnStart",
        RuleCategories.Resilience,
        DiagnosticSeverity.Warning,
        "Bind with AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart() (or a source-generated validator).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var optionsType = method.TypeArguments.FirstOrDefault();
        switch (method.Name)
        {
            case "Bind" or "BindConfiguration" when method.ContainingType.Name == "OptionsBuilderConfigurationExtensions":
                optionsType ??= (invocation.GetInstance()?.Type as INamedTypeSymbol)?.TypeArguments.FirstOrDefault();
                if (!ChainCalls(invocation, "ValidateOnStart"))
                {
                    Report(context, invocation, optionsType);
                }

                break;
            case "Configure" when method.ContainingType.Name == "OptionsConfigurationServiceCollectionExtensions":
                Report(context, invocation, optionsType);
                break;
        }
    }

    private static void Report(OperationAnalysisContext context, IInvocationOperation invocation, ITypeSymbol? optionsType) =>
        context.ReportDiagnostic(Diagnostic.Create(Rule, Locations.NameAndArguments(invocation.Syntax), optionsType?.Name ?? "?"));

    private static bool ChainCalls(IInvocationOperation start, string name)
    {
        for (var parent = start.Parent; parent is IInvocationOperation or IArgumentOperation or IConversionOperation; parent = parent.Parent)
        {
            if (parent is IInvocationOperation { TargetMethod.Name: var chained } && chained == name)
            {
                return true;
            }
        }

        return false;
    }
}
