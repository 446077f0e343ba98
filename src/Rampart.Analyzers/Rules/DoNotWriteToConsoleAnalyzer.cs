using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP4003: console output is unstructured, unlevelled and invisible to log pipelines.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotWriteToConsoleAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotWriteToConsole,
        "Log through ILogger, not the console",
        "Console.{0} bypasses logging: no level, no structure, no correlation",
        RuleCategories.Resilience,
        DiagnosticSeverity.Warning,
        "Inject ILogger<T> and log with a [LoggerMessage] method; configure the console sink (AddJsonConsole) instead.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // A program with no logging at all (a build script, a command-line tool) talks to people through the console.
            if (start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger") is null &&
                start.Compilation.GetTypeByMetadataName("Serilog.ILogger") is null)
            {
                return;
            }

            start.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (invocation.TargetMethod is { Name: "Write" or "WriteLine", ContainingType: { Name: "Console" } console } &&
                    console.IsInNamespace("System") && !invocation.RunsAtStartup(c.ContainingSymbol))
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), invocation.TargetMethod.Name));
                }
            },
            OperationKind.Invocation);
        });
    }
}
