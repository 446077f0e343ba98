using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rampart.Audit.Tests.Support;

/// <summary>
/// A deterministic test rule: TST0001 (warning) at every call of a method named <c>Flaw</c>, TST0002 (error) at every
/// call of <c>Danger</c>, TST0003 (disabled by default) at every call of <c>Quiet</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FlawAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Flaw = new("TST0001", "Do not call Flaw", "'{0}' is a flaw", "Testing", DiagnosticSeverity.Warning, true, "Call Fine() instead.", "https://example.test/rules/TST0001");
    public static readonly DiagnosticDescriptor Danger = new("TST0002", "Do not call Danger", "'{0}' is dangerous", "Security", DiagnosticSeverity.Error, true, "Call Safe() instead.");
    public static readonly DiagnosticDescriptor Quiet = new("TST0003", "Do not call Quiet", "'{0}' is quiet", "Testing", DiagnosticSeverity.Warning, false, "Call Loud() instead.");

    public static ImmutableArray<DiagnosticAnalyzer> Set => [new FlawAnalyzer()];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Flaw, Danger, Quiet];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.InvocationExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var name = invocation.Expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.Text,
            MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
            _ => null,
        };
        var descriptor = name switch
        {
            "Flaw" => Flaw,
            "Danger" => Danger,
            "Quiet" => Quiet,
            _ => null,
        };
        if (descriptor is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, invocation.GetLocation(), name));
        }
    }
}
