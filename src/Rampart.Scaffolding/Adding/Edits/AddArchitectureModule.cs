using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds a module's namespace pattern (<c>"Shop.Adapters.*.GiftCards.**"</c>) to the architecture table's list of
/// modules inside the adapters (the collection of <c>"Shop.Adapters.*.&lt;Module&gt;.**"</c> strings in
/// <c>ArchitectureRules.All</c>), so the rule "inside an adapter, one module's code does not use another's" holds the
/// new one apart too.
/// </summary>
internal sealed class AddArchitectureModule(string path, string service, string module) : SourceEdit
{
    public override string Path => path;

    public override string Description => $"keeps {module} apart from the other modules in the architecture table";

    private string Prefix => $"{service}.Adapters.*.";

    private string Pattern => $"{Prefix}{module}.**";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var modules = root.DescendantNodes().OfType<CollectionExpressionSyntax>().FirstOrDefault(IsModuleList)
            ?? throw Refusal($"there is no list of \"{Prefix}<Module>.**\" patterns.", $"Add \"{Pattern}\" to the rule that keeps the adapters' modules apart by hand.");
        if (modules.Elements.OfType<ExpressionElementSyntax>().Any(e => e.Expression is LiteralExpressionSyntax literal && literal.Token.ValueText == Pattern))
        {
            throw Refusal($"the table lists {Pattern} already.", "Choose another resource name, or remove the existing entry first.");
        }

        var element = SyntaxFactory.ExpressionElement(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Pattern)));
        var separators = modules.Elements.GetSeparators().Append(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        var edited = modules.WithElements(SyntaxFactory.SeparatedList([.. modules.Elements, element], separators));
        return root.ReplaceNode(modules, edited);
    }

    private bool IsModuleList(CollectionExpressionSyntax collection) =>
        collection.Elements.Count > 0
        && collection.Elements.All(e => e is ExpressionElementSyntax { Expression: LiteralExpressionSyntax literal }
            && literal.Token.ValueText.StartsWith(Prefix, StringComparison.Ordinal)
            && literal.Token.ValueText.EndsWith(".**", StringComparison.Ordinal)
            && !literal.Token.ValueText[Prefix.Length..^3].Contains('.', StringComparison.Ordinal)
            && !literal.Token.ValueText[Prefix.Length..^3].Contains('{', StringComparison.Ordinal)
            && !literal.Token.ValueText[Prefix.Length..^3].Contains('*', StringComparison.Ordinal));
}
