using Microsoft.CodeAnalysis.Text;

namespace Rampart.Analyzers.Tests.Support;

/// <summary>A source file whose expected diagnostic spans are marked with <c>[|…|]</c>.</summary>
internal sealed class MarkupSource
{
    private MarkupSource(string path, string code, IReadOnlyList<TextSpan> spans)
    {
        Path = path;
        Code = code;
        Spans = spans;
    }

    public string Path { get; }

    public string Code { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public static MarkupSource Parse(string path, string markup)
    {
        var code = new System.Text.StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                open.Push(code.Length);
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0 && open.Count > 0)
            {
                var start = open.Pop();
                spans.Add(TextSpan.FromBounds(start, code.Length));
                i++;
            }
            else
            {
                code.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("Unclosed [| in markup.", nameof(markup));
        }

        return new MarkupSource(path, code.ToString(), spans);
    }
}
