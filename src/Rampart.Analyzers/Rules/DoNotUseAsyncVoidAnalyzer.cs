using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP4002: an exception in <c>async void</c> code crashes the process and cannot be awaited.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotUseAsyncVoidAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotUseAsyncVoid,
        "Do not use async void",
        "'{0}' is async void; its exceptions crash the process and nobody can await it",
        RuleCategories.Resilience,
        DiagnosticSeverity.Warning,
        "Return Task (or ValueTask) and await it; for fire-and-forget work use a hosted service or a queue.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.For(start.Compilation);
            start.RegisterSymbolAction(c => AnalyzeMethod(c, symbols), SymbolKind.Method);
            start.RegisterOperationAction(c => AnalyzeFunction(c, symbols), OperationKind.AnonymousFunction, OperationKind.LocalFunction);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (IsAsyncVoid(method, symbols))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, method.Locations.FirstOrDefault(), method.Name));
        }
    }

    private static void AnalyzeFunction(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var method = context.Operation switch
        {
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            ILocalFunctionOperation local => local.Symbol,
            _ => null,
        };
        if (method is null || !IsAsyncVoid(method, symbols))
        {
            return;
        }

        var location = context.Operation.Syntax switch
        {
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.GetLocation(),
            LocalFunctionStatementSyntax local => local.Identifier.GetLocation(),
            _ => context.Operation.Syntax.GetLocation(),
        };
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, method.MethodKind == MethodKind.LocalFunction ? method.Name : "lambda"));
    }

    private static bool IsAsyncVoid(IMethodSymbol method, KnownSymbols symbols) =>
        method is { IsAsync: true, ReturnsVoid: true } && !IsEventHandler(method, symbols);

    private static bool IsEventHandler(IMethodSymbol method, KnownSymbols symbols) =>
        method.Parameters.Length == 2 &&
        method.Parameters[0].Type.SpecialType == SpecialType.System_Object &&
        (symbols.EventArgs is null || method.Parameters[1].Type.InheritsFrom(symbols.EventArgs) ||
         // A UI framework the auditing machine lacks (WPF, WinForms on Linux) leaves the args type unresolved; its name still says it.
         method.Parameters[1].Type is IErrorTypeSymbol && method.Parameters[1].Type.Name.EndsWith("EventArgs", StringComparison.Ordinal));
}
