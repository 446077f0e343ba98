using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP4001: sync-over-async blocks a thread-pool thread per request.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotBlockOnAsyncAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotBlockOnAsync,
        "Do not block on asynchronous code",
        "'{0}' blocks the thread until the task completes (sync over async)",
        RuleCategories.Resilience,
        DiagnosticSeverity.Warning,
        "Make the caller async and await the task; pass the CancellationToken through.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.For(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeResult(c, symbols), OperationKind.PropertyReference);
            start.RegisterOperationAction(c => AnalyzeCall(c, symbols), OperationKind.Invocation);
        });
    }

    private static void AnalyzeResult(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var property = (IPropertyReferenceOperation)context.Operation;
        if (property.Property.Name == "Result" && IsTask(property.Property.ContainingType, symbols) &&
            !property.RunsAtStartup(context.ContainingSymbol) && !AlreadyAwaited(property.Instance))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, property.Syntax.GetLocation(), ".Result"));
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var blocking =
            (method.Name is "Wait" or "WaitAll" or "WaitAny" && IsTask(method.ContainingType, symbols)) ||
            (method.Name == "GetResult" && method.ContainingType.Name.IndexOf("Awaiter", StringComparison.Ordinal) >= 0 &&
             invocation.Instance?.WalkDownConversions() is IInvocationOperation { TargetMethod.Name: "GetAwaiter" } awaiter &&
             IsTask(awaiter.TargetMethod.ContainingType, symbols));
        if (blocking && !invocation.RunsAtStartup(context.ContainingSymbol) && !AlreadyAwaited(Receiver(invocation)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, Locations.NameAndArguments(invocation.Syntax), method.Name + "()"));
        }
    }

    private static IOperation? Receiver(IInvocationOperation invocation) =>
        invocation.Instance?.WalkDownConversions() is IInvocationOperation { TargetMethod.Name: "GetAwaiter" } awaiter
            ? awaiter.Instance
            : invocation.Instance;

    private static bool IsTask(INamedTypeSymbol? type, KnownSymbols symbols) =>
        type is not null &&
        ((symbols.Task is not null && type.InheritsFrom(symbols.Task)) ||
         SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.ValueTask) ||
         SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.ValueTaskOfT));

    /// <summary>A continuation runs after its antecedent completed, so reading its result there does not block.</summary>
    private static bool InsideContinuation(SyntaxNode syntax) =>
        syntax.Ancestors().OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ContinueWith" });

    /// <summary>A task variable that was awaited (directly or via WhenAll) earlier in the method has completed; reading it does not block.</summary>
    private static bool AlreadyAwaited(IOperation? receiver)
    {
        if (receiver is null)
        {
            return false;
        }

        var name = receiver.WalkDownConversions() switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IFieldReferenceOperation field => field.Field.Name,
            _ => null,
        };
        if (InsideContinuation(receiver.Syntax))
        {
            return true;
        }

        if (name is null)
        {
            return false;
        }

        var body = receiver.Syntax.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax);
        return body is not null && body.DescendantNodes().OfType<IdentifierNameSyntax>().Any(id =>
            id.Identifier.ValueText == name && id.SpanStart < receiver.Syntax.SpanStart &&
            id.Ancestors().Any(a => a is AwaitExpressionSyntax));
    }
}
