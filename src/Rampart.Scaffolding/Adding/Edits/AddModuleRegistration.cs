using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// Adds <c>new &lt;Name&gt;Module()</c> to the host's module list, the <c>IModule[] modules = [ … ];</c> collection
/// expression in the top-level statements of <c>Program.cs</c> (after the last module, or as the only one in
/// <c>[]</c>), with the module's namespace in the usings.
/// </summary>
internal sealed class AddModuleRegistration(string path, string moduleClass, string moduleNamespace) : SourceEdit
{
    public override string Path => path;

    public override string Description => $"adds new {moduleClass}() to the host's module list";

    protected override CompilationUnitSyntax Edit(CompilationUnitSyntax root)
    {
        var list = root.Members.OfType<GlobalStatementSyntax>()
            .Select(s => s.Statement)
            .OfType<LocalDeclarationStatementSyntax>()
            .SelectMany(d => d.Declaration.Variables.Select(v => (d.Declaration.Type, Variable: v)))
            .Where(d => d.Type is ArrayTypeSyntax { ElementType: IdentifierNameSyntax { Identifier.Text: "IModule" } } && d.Variable.Identifier.Text == "modules")
            .Select(d => d.Variable.Initializer?.Value)
            .FirstOrDefault();
        if (list is not CollectionExpressionSyntax collection)
        {
            throw Refusal(
                "there is no module list IModule[] modules = [ … ]; in its top-level statements.",
                $"Add new {moduleClass}() to the host's module list by hand (and a ProjectReference to the module).");
        }

        if (collection.Elements.Any(e => e is ExpressionElementSyntax { Expression: ObjectCreationExpressionSyntax { Type: var type } } && LastName(type) == moduleClass))
        {
            throw Refusal($"its module list has {moduleClass} already.", "Choose another module name, or remove the existing module first.");
        }

        var element = SyntaxFactory.ExpressionElement(SyntaxFactory.ParseExpression($"new {moduleClass}()"));
        CollectionExpressionSyntax edited;
        if (collection.Elements.Count == 0)
        {
            edited = collection.WithElements(SyntaxFactory.SingletonSeparatedList<CollectionElementSyntax>(element));
        }
        else
        {
            // The list's own layout: its separator (", " on one line, ",\n" with one module a line), a trailing comma when
            // it has one, and the new module on its own line, indented like the last one, when the modules are one a line.
            var elements = collection.Elements;
            var last = elements[^1];
            var trailingComma = elements.SeparatorCount == elements.Count;
            var onePerLine = elements.GetSeparators().Any(s => s.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                || last.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var separator = elements.SeparatorCount > 0
                ? elements.GetSeparator(0).WithLeadingTrivia()
                : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(onePerLine ? SyntaxFactory.EndOfLine("\n") : SyntaxFactory.Space);
            var added = element.WithLeadingTrivia(onePerLine ? last.GetLeadingTrivia() : default).WithTrailingTrivia(trailingComma ? default : last.GetTrailingTrivia());
            var nodes = elements.Select(e => e == last && !trailingComma ? e.WithoutTrailingTrivia() : e).Append(added).ToList();
            var separators = trailingComma
                ? [.. elements.GetSeparators(), elements.GetSeparator(elements.SeparatorCount - 1)]
                : elements.GetSeparators().Append(separator).ToList();
            edited = collection.WithElements(SyntaxFactory.SeparatedList(nodes, separators));
        }

        return WithUsing(root.ReplaceNode(collection, edited), moduleNamespace);
    }

    private static string LastName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        _ => type.ToString(),
    };
}
