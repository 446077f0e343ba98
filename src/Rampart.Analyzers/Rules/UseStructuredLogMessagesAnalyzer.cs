using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP4004: a log message built from values loses its template and its properties (Microsoft.Extensions.Logging and Serilog).</summary>
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
                var type = invocation.TargetMethod.ContainingType;
                var extensions = type is { Name: "LoggerExtensions" } && type.IsInNamespace("Microsoft.Extensions.Logging");
                // Serilog's ILogger, its static Log and their extensions take the template as 'messageTemplate'.
                var serilog = type.IsInNamespace("Serilog");
                // An application's own logger seam (IAppLogger<T>.LogInformation(string message, …)) forwards the text as the template.
                var adapter = !extensions && !serilog && type is not null && type.Name.IndexOf("Logger", StringComparison.Ordinal) >= 0 &&
                    invocation.TargetMethod.Name.StartsWith("Log", StringComparison.Ordinal);
                if (!extensions && !serilog && !adapter)
                {
                    return;
                }

                foreach (var argument in invocation.Arguments)
                {
                    var name = argument.Parameter?.Name;
                    var isTemplate = serilog ? name == "messageTemplate" : name is "message" or "messageFormat" || (adapter && name is "messageTemplate" or "format");
                    if (isTemplate && argument.Value.IsBuiltString())
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation()));
                    }
                }
            },
            OperationKind.Invocation);
    }
}
