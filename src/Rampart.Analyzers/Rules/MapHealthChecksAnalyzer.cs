using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP4007: without a health endpoint, orchestrators cannot tell a live service from a stuck one. Health checks mapped
/// by an extension the host calls from a referenced project or package (a ServiceDefaults project's
/// <c>MapDefaultEndpoints()</c>) count as mapped.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class MapHealthChecksAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.MapHealthChecks,
        "Map health check endpoints",
        "The web application maps no health checks",
        RuleCategories.Resilience,
        DiagnosticSeverity.Warning,
        "AddHealthChecks() with checks for the database and broker, and MapHealthChecks for liveness (/health/live) and readiness (/health/ready).",
        compilationEnd: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var hosts = new ConcurrentBag<Location>();
            var mapped = new ConcurrentBag<bool>();
            var platformCalls = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    switch (invocation.TargetMethod)
                    {
                        case { Name: "MapHealthChecks" or "UseHealthChecks" or "MapHealthChecksUI" }:
                            mapped.Add(true);
                            break;
                        case { Name: "CreateBuilder" or "CreateSlimBuilder" or "CreateEmptyBuilder", ContainingType.Name: "WebApplication" }:
                            hosts.Add(invocation.Syntax.GetLocation());
                            break;
                        case { IsExtensionMethod: true } extension when !ReferencedCode.IsPlatform(extension.ContainingAssembly) &&
                            !SymbolEqualityComparer.Default.Equals(extension.ContainingAssembly, c.Compilation.Assembly) &&
                            extension.Unreduced().Parameters.FirstOrDefault()?.Type.Name is "IEndpointRouteBuilder" or "WebApplication" or "IApplicationBuilder":
                            platformCalls[extension.ContainingAssembly] = true;
                            break;
                    }
                },
                OperationKind.Invocation);
            start.RegisterCompilationEndAction(end =>
            {
                if (mapped.IsEmpty && !platformCalls.Keys.Any(a =>
                        ReferencedCode.CallsAll(end.Compilation, a, "MapHealthChecks") || ReferencedCode.CallsAll(end.Compilation, a, "UseHealthChecks")))
                {
                    foreach (var host in hosts)
                    {
                        end.ReportDiagnostic(Diagnostic.Create(Rule, host));
                    }
                }
            });
        });
    }
}
