using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// A change to one existing C# file made on its syntax tree, never by text patching: it finds its anchor by syntax,
/// refuses (with what it looked for) when the anchor is missing or the change is there already, and keeps every other
/// character of the file as it was.
/// </summary>
internal abstract class SourceEdit
{
    /// <summary>The file, relative to the solution folder.</summary>
    public abstract string Path { get; }

    /// <summary>What the edit does, for the command's output.</summary>
    public abstract string Description { get; }

    /// <summary>The edited source of <paramref name="source"/>.</summary>
    /// <exception cref="ScaffoldingException">The anchor is missing or the change exists already.</exception>
    public virtual string Apply(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)).GetCompilationUnitRoot();
        var edited = Edit(root);
        return edited.ToFullString();
    }

    protected abstract CompilationUnitSyntax Edit(CompilationUnitSyntax root);

    protected ScaffoldingException Refusal(string problem, string fix) => new($"{Path}: {problem}", fix);

    /// <summary><paramref name="root"/> with <c>using <paramref name="ns"/>;</c> among its usings in order, when it is not there yet.</summary>
    protected static CompilationUnitSyntax WithUsing(CompilationUnitSyntax root, string ns)
    {
        if (root.Usings.Any(u => u.Name?.ToString() == ns && u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None)))
        {
            return root;
        }

        var directive = SyntaxFactory.ParseCompilationUnit($"using {ns};\n").Usings[0];
        var usings = root.Usings;
        var index = usings.Count;
        for (var i = 0; i < usings.Count; i++)
        {
            var name = usings[i].Name?.ToString() ?? "";
            var isSystem = name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
            if (!isSystem && usings[i].Alias is null && usings[i].StaticKeyword.IsKind(SyntaxKind.None) && string.CompareOrdinal(name, ns) > 0)
            {
                index = i;
                break;
            }
        }

        if (index < usings.Count)
        {
            // Take over the leading trivia of the directive it goes before (a comment or #if above the block stays above it).
            var before = usings[index];
            directive = directive.WithLeadingTrivia(before.GetLeadingTrivia());
            usings = usings.Replace(before, before.WithLeadingTrivia());
            return root.WithUsings(usings.Insert(index, directive));
        }

        if (usings.Count == 0)
        {
            return root.WithUsings(usings.Add(directive.WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n"))));
        }

        return root.WithUsings(usings.Add(directive));
    }

    /// <summary>The indentation (spaces and tabs) in front of <paramref name="node"/>'s first token.</summary>
    protected static string IndentOf(SyntaxNode node) =>
        string.Concat(node.GetLeadingTrivia().Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToFullString()));
}
