using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP3004: lazy loading turns navigation access into hidden queries.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotEnableLazyLoadingAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotEnableLazyLoading,
        "Do not enable lazy loading",
        "Lazy loading is enabled; every navigation access can become a hidden query",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Remove UseLazyLoadingProxies/LazyLoadingEnabled = true and load what a use case needs with Include or a projection.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(
            c =>
            {
                switch (c.Operation)
                {
                    case IInvocationOperation { TargetMethod.Name: "UseLazyLoadingProxies" } invocation
                        when invocation.Arguments.All(a => a.ArgumentKind == ArgumentKind.DefaultValue || a.Parameter?.Ordinal == 0 || a.Value.ConstantValue.Value is not false):
                        c.ReportDiagnostic(Diagnostic.Create(Rule, Locations.NameAndArguments(invocation.Syntax)));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "LazyLoadingEnabled" }, Value.ConstantValue.Value: true } assignment:
                        c.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Syntax.GetLocation()));
                        break;
                }
            },
            OperationKind.Invocation,
            OperationKind.SimpleAssignment);
    }
}
