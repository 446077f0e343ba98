using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP9001: a suppressed Rampart rule must say why, so reviewers can judge the exception.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class JustifySuppressionsAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.JustifySuppressions,
        "Justify every suppression of a Rampart rule",
        "The suppression of '{0}' gives no justification",
        RuleCategories.Governance,
        DiagnosticSeverity.Warning,
        "Add the reason: '#pragma warning disable RMPnnnn // why' or [SuppressMessage(..., Justification = \"why\")].");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(AnalyzePragmas);
        context.RegisterSyntaxNodeAction(AnalyzeAttribute, SyntaxKind.Attribute);
    }

    private static void AnalyzePragmas(SyntaxTreeAnalysisContext context)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        if (!root.ContainsDirectives)
        {
            return;
        }

        foreach (var pragma in root.DescendantNodes(descendIntoTrivia: true).OfType<PragmaWarningDirectiveTriviaSyntax>())
        {
            if (!pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword) || HasComment(pragma))
            {
                continue;
            }

            foreach (var code in pragma.ErrorCodes)
            {
                var id = code.ToString();
                if (id.StartsWith("RMP", StringComparison.OrdinalIgnoreCase))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, code.GetLocation(), id));
                }
            }
        }
    }

    private static bool HasComment(PragmaWarningDirectiveTriviaSyntax pragma) =>
        pragma.DescendantTrivia().Concat(pragma.EndOfDirectiveToken.LeadingTrivia).Any(t =>
            t.IsKind(SyntaxKind.SingleLineCommentTrivia) && t.ToString().TrimStart('/').Trim().Length > 0);

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
    {
        var attribute = (AttributeSyntax)context.Node;
        var name = attribute.Name.ToString();
        if (!name.EndsWith("SuppressMessage", StringComparison.Ordinal) && !name.EndsWith("SuppressMessageAttribute", StringComparison.Ordinal) ||
            attribute.ArgumentList is not { Arguments.Count: >= 2 } arguments)
        {
            return;
        }

        var positional = arguments.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        if (positional.Count < 2 || positional[1].Expression is not LiteralExpressionSyntax checkId ||
            !checkId.Token.ValueText.StartsWith("RMP", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var justification = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Justification");
        var text = (justification?.Expression as LiteralExpressionSyntax)?.Token.ValueText;
        if (justification is null || (text is not null && (text.Trim().Length == 0 || text == "<Pending>")))
        {
            var id = checkId.Token.ValueText.Split(':')[0];
            context.ReportDiagnostic(Diagnostic.Create(Rule, attribute.GetLocation(), id));
        }
    }
}
