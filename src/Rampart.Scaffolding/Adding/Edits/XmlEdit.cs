using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Scaffolding.Adding.Edits;

/// <summary>
/// A change to one existing XML file (a project or a <c>.slnx</c> solution) made on its element tree, never by text:
/// whitespace, comments and attribute order outside the change are kept, and a new element takes the indentation of
/// the siblings it joins.
/// </summary>
internal abstract class XmlEdit : SourceEdit
{
    public sealed override string Apply(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        XDocument document;
        try
        {
            document = XDocument.Parse(source, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw Refusal($"it is not well-formed XML ({ex.Message}).", "Fix the file (dotnet build names the error), then run rampart add again.");
        }

        Edit(document);
        var text = document.Declaration is null ? document.Root!.ToString(SaveOptions.DisableFormatting) : document.Declaration + document.ToString(SaveOptions.DisableFormatting);
        return source.EndsWith('\n') && !text.EndsWith('\n') ? text + "\n" : text;
    }

    protected sealed override CompilationUnitSyntax Edit(CompilationUnitSyntax root) => throw new NotSupportedException("An XML edit has no syntax tree.");

    protected abstract void Edit(XDocument document);

    /// <summary>Adds <paramref name="element"/> as the last child of <paramref name="parent"/>, indented like its siblings.</summary>
    protected static void AppendIndented(XElement parent, XElement element)
    {
        var parentIndent = IndentBefore(parent);
        var childIndent = parent.Elements().LastOrDefault() is { } sibling ? IndentBefore(sibling) : parentIndent + "  ";
        if (parent.Elements().LastOrDefault() is { } last)
        {
            last.AddAfterSelf(new XText("\n" + childIndent), element);
            return;
        }

        // An empty element (<Folder …></Folder> or <Folder … />): the child on its own line, the end tag back at the parent's indent.
        parent.RemoveNodes();
        parent.Add(new XText("\n" + childIndent), element, new XText("\n" + parentIndent));
    }

    /// <summary>The whitespace that starts the line <paramref name="node"/> is on (its indent).</summary>
    protected static string IndentBefore(XNode node) =>
        node.PreviousNode is XText { Value: var text } && text.LastIndexOf('\n') is var newline and >= 0 ? text[(newline + 1)..] : "";
}
