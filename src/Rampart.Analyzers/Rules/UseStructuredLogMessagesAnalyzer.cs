using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP4004: a log message built from values loses its template and its properties.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class UseStructuredLogMessagesAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.UseStructuredLogMessages,
        "Use message templates, not built strings, for log messages",
        "The log message is built by interpolation or concatenation; its values are lost as properties",
        RuleCategories.Resilience,
        DiagnosticSeverity.Warning,
        "Pass a constant template with named holes (\"Order {OrderId} shipped\", orderId), ideally through a [LoggerMessage] method.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (invocation.TargetMethod.ContainingType is not { Name: "LoggerExtensions" } extensions ||
                    !extensions.IsInNamespace("Microsoft.Extensions.Logging"))
                {
                    return;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name is "message" or "messageFormat" && argument.Value.IsBuiltString())
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation()));
                    }
                }
            },
            OperationKind.Invocation);
    }
}
