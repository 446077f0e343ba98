using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP4005: an outbound HTTP client that can hang or fail without retry, timeout or circuit breaker. Defaults set with
/// <c>ConfigureHttpClientDefaults</c> here, or in a referenced project or package whose setup the host calls (a
/// ServiceDefaults project's <c>AddServiceDefaults()</c>), cover every registration.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ConfigureHttpClientResilienceAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.ConfigureHttpClientResilience,
        "Give every HttpClient a timeout and a resilience handler",
        "{0}",
        RuleCategories.Resilience,
        DiagnosticSeverity.Warning,
        "Register typed clients with AddHttpClient and add a resilience handler (AddStandardResilienceHandler or a Polly pipeline) or at least a Timeout.",
        compilationEnd: true);

    private static readonly string[] ResilienceMarkers = ["Resilience", "Policy", "Hedging", "Retry", "CircuitBreaker", "Timeout"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.For(start.Compilation);
            if (symbols.HttpClient is null)
            {
                return;
            }

            var registrations = new ConcurrentBag<Diagnostic>();
            var defaultsConfigured = new ConcurrentBag<bool>();
            var setupCalls = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                c =>
                {
                    switch (c.Operation)
                    {
                        case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, symbols.HttpClient) &&
                                                                    !SetsTimeout(creation, symbols):
                            c.ReportDiagnostic(Diagnostic.Create(Rule, creation.Syntax.GetLocation(),
                                "'new HttpClient()' has the default 100-second timeout and no resilience; use IHttpClientFactory"));
                            break;
                        case IInvocationOperation { TargetMethod.Name: "ConfigureHttpClientDefaults" } defaults when AddsResilience(defaults):
                            defaultsConfigured.Add(true);
                            break;
                        case IInvocationOperation { TargetMethod: { IsExtensionMethod: true } setup } when !ReferencedCode.IsPlatform(setup.ContainingAssembly) &&
                            !SymbolEqualityComparer.Default.Equals(setup.ContainingAssembly, c.Compilation.Assembly) &&
                            setup.Unreduced().Parameters.FirstOrDefault()?.Type.Name is "IHostApplicationBuilder" or "WebApplicationBuilder" or "IServiceCollection" or "IHostBuilder":
                            setupCalls[setup.ContainingAssembly] = true;
                            break;
                        case IInvocationOperation { TargetMethod.Name: "AddHttpClient" } registration
                            when registration.TargetMethod.ContainingType.Name == "HttpClientFactoryServiceCollectionExtensions" &&
                                 !IsFactoryOnly(registration) && !AddsResilience(registration):
                            registrations.Add(Diagnostic.Create(Rule, Locations.NameAndArguments(registration.Syntax),
                                "The HTTP client registration has no resilience handler and no timeout"));
                            break;
                    }
                },
                OperationKind.ObjectCreation,
                OperationKind.Invocation);
            start.RegisterCompilationEndAction(end =>
            {
                if (defaultsConfigured.IsEmpty && !setupCalls.Keys.Any(a => ResilienceMarkers.Any(m => ReferencedCode.CallsAll(end.Compilation, a, "ConfigureHttpClientDefaults", m))))
                {
                    foreach (var diagnostic in registrations)
                    {
                        end.ReportDiagnostic(diagnostic);
                    }
                }
            });
        });
    }

    /// <summary><c>services.AddHttpClient()</c> only registers the factory; the clients it creates are configured elsewhere.</summary>
    private static bool IsFactoryOnly(IInvocationOperation registration) =>
        registration.TargetMethod.TypeArguments.Length == 0 && registration.Arguments.Length == 1;

    /// <summary>True when the fluent chain or a configure lambda adds a resilience handler or sets a timeout.</summary>
    private static bool AddsResilience(IInvocationOperation call)
    {
        var text = call.Syntax.ToString();
        for (var parent = call.Parent; parent is IInvocationOperation or IArgumentOperation or IConversionOperation; parent = parent.Parent)
        {
            if (parent is IInvocationOperation chained)
            {
                text = chained.Syntax.ToString();
            }
        }

        return ResilienceMarkers.Any(m => text.IndexOf(m, StringComparison.Ordinal) >= 0);
    }

    private static bool SetsTimeout(IObjectCreationOperation creation, KnownSymbols symbols)
    {
        if (creation.Initializer?.Initializers.Any(i => i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Timeout" } }) == true)
        {
            return true;
        }

        var scope = creation.EnclosingFunction() ?? creation.Parent;
        while (scope?.Parent is not null && scope is not (IMethodBodyOperation or IAnonymousFunctionOperation or ILocalFunctionOperation))
        {
            scope = scope.Parent;
        }

        return scope?.Descendants().OfType<ISimpleAssignmentOperation>().Any(a =>
            a.Target is IPropertyReferenceOperation { Property.Name: "Timeout" } timeout &&
            SymbolEqualityComparer.Default.Equals(timeout.Property.ContainingType, symbols.HttpClient)) == true;
    }
}
