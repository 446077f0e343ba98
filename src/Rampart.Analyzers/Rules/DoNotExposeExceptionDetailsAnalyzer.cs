using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP5002: exception messages and stack traces leak internals to callers.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotExposeExceptionDetailsAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotExposeExceptionDetails,
        "Do not write exception details to responses",
        "The exception's {0} reaches the HTTP response; it can reveal internals (SQL, paths, versions)",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Log the exception and return a problem+json with a stable error code and a generic detail (IExceptionHandler + IProblemDetailsService).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = new KnownSymbols(start.Compilation);
            start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.PropertyReference, OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var detail = context.Operation switch
        {
            IPropertyReferenceOperation { Property.Name: "StackTrace" } property when symbols.IsException(property.Instance?.Type) => "StackTrace",
            IPropertyReferenceOperation { Property.Name: "Message" } property when IsInfrastructureException(property.Instance?.Type, symbols) => "Message",
            IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0 } call when symbols.IsException(call.Instance?.Type) => "ToString()",
            _ => null,
        };
        if (detail is not null && !DevelopmentOnly(context.Operation.Syntax) && ReachesResponse(context.Operation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), detail));
        }
    }

    /// <summary>Follows the value up through strings, objects and arguments until it reaches a response writer or stops.</summary>
    private static bool ReachesResponse(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IInvocationOperation invocation when IsResponseWriter(invocation.TargetMethod):
                    return true;
                case IObjectCreationOperation creation when IsResponseType(creation.Type):
                    return true;
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } when IsResponseType(member.Member.ContainingType):
                    return true;
                case IInvocationOperation { TargetMethod.ContainingType.Name: "ILogger" or "LoggerExtensions" }:
                case IExpressionStatementOperation or IVariableDeclaratorOperation or IReturnOperation or IBlockOperation or IThrowOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Messages of framework and driver exceptions describe internals; exceptions declared in the application usually carry
    /// messages written for callers (domain errors), so their messages are not flagged.
    /// </summary>
    private static bool IsInfrastructureException(ITypeSymbol? type, KnownSymbols symbols) =>
        symbols.IsException(type) && type is not null &&
        (type.IsInNamespace("System") || type.IsInNamespace("Microsoft") || type.IsInNamespace("Npgsql") ||
         type.IsInNamespace("MySqlConnector") || type.IsInNamespace("Oracle") || type.IsInNamespace("Dapper"));

    /// <summary>Details shown only under IsDevelopment() are a deliberate developer aid, not a leak.</summary>
    private static bool DevelopmentOnly(SyntaxNode syntax) =>
        syntax.Ancestors().Any(a => a switch
        {
            IfStatementSyntax @if => @if.Condition.ToString().Contains("IsDevelopment"),
            ConditionalExpressionSyntax conditional => conditional.Condition.ToString().Contains("IsDevelopment"),
            _ => false,
        });

    private static bool IsResponseWriter(IMethodSymbol method) =>
        method.ContainingType is { } type &&
        (type.Name is "Results" or "TypedResults" or "ControllerBase" or "Controller" or "HttpResponseWritingExtensions" or "HttpResponseJsonExtensions" or "HttpResponse" ||
         (type.Name == "IProblemDetailsService" && method.Name.StartsWith("Write", StringComparison.Ordinal)));

    private static bool IsResponseType(ITypeSymbol? type) =>
        type is not null && (type.Name is "ProblemDetails" or "ValidationProblemDetails" or "HttpValidationProblemDetails" ||
            (type.IsInNamespace("Microsoft.AspNetCore.Mvc") && type.Name.EndsWith("Result", StringComparison.Ordinal)));
}
