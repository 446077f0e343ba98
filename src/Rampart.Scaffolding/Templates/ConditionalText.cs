using System.Text;
using System.Text.RegularExpressions;

namespace Rampart.Scaffolding.Templates;

/// <summary>
/// Evaluates a template's option directives in any text file: <c>#if SYMBOL</c> / <c>#if !SYMBOL</c>, <c>#else</c>, <c>#endif</c>
/// on a line of their own, bare (C#, YAML, shell) or inside a comment (<c>//#if</c> in JSON, <c>&lt;!--#if --&gt;</c> in XML
/// and Markdown). Only the template's own symbols are evaluated and removed; other directives (<c>#if DEBUG</c>) stay as written.
/// </summary>
internal static partial class ConditionalText
{
    public static string Apply(string text, IReadOnlySet<string> templateSymbols, IReadOnlySet<string> defined, string fileName)
    {
        var output = new StringBuilder(text.Length);
        var frames = new Stack<Frame>();
        var lineNumber = 0;
        foreach (var line in SplitKeepingNewlines(text))
        {
            lineNumber++;
            var directive = Parse(line);
            var inherited = frames.Count == 0 || frames.Peek().Emitting;
            if (directive is { Keyword: "if" } && directive.Symbol is { } symbol && templateSymbols.Contains(symbol))
            {
                var condition = defined.Contains(symbol) != directive.Negated;
                frames.Push(new Frame(Own: true, Parent: inherited, Condition: condition, InElse: false));
                continue;
            }

            if (directive is { Keyword: "if" })
            {
                frames.Push(new Frame(Own: false, Parent: inherited, Condition: true, InElse: false));
            }
            else if (directive is { Keyword: "else" or "elif" } && frames.Count > 0)
            {
                if (frames.Peek().Own && directive.Keyword == "elif")
                {
                    throw new ScaffoldingException($"The template file '{fileName}' uses #elif with a template symbol near line {lineNumber}; only #if/#else/#endif are evaluated.", "Fix the template.", ScaffoldingErrorKind.Environment);
                }

                var frame = frames.Pop();
                frames.Push(frame with { InElse = true });
                if (frame.Own)
                {
                    continue;
                }
            }
            else if (directive is { Keyword: "endif" } && frames.Count > 0)
            {
                var frame = frames.Pop();
                if (frame.Own)
                {
                    continue;
                }
            }
            else if (directive is { Keyword: "else" or "elif" or "endif" })
            {
                throw Unbalanced(fileName, lineNumber);
            }

            if (inherited)
            {
                output.Append(line);
            }
        }

        if (frames.Any(frame => frame.Own))
        {
            throw Unbalanced(fileName, lineNumber);
        }

        return output.ToString();
    }

    private static Directive? Parse(string line)
    {
        var match = DirectivePattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        // "#if A && B" is not a template directive: it is kept, and its #else/#endif with it.
        var condition = SymbolPattern().Match(match.Groups["rest"].Value);
        return condition.Success
            ? new Directive(match.Groups["keyword"].Value, condition.Groups["negated"].Success, condition.Groups["symbol"].Value)
            : new Directive(match.Groups["keyword"].Value, Negated: false, Symbol: null);
    }

    private static IEnumerable<string> SplitKeepingNewlines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            yield return text[start..end];
            start = end;
        }
    }

    private static ScaffoldingException Unbalanced(string fileName, int line) =>
        new($"The template file '{fileName}' has an unbalanced #if/#else/#endif near line {line}.", "Fix the template.", ScaffoldingErrorKind.Environment);

    [GeneratedRegex(@"^\s*(?:<!--\s*|//\s*)?#(?<keyword>if|elif|else|endif)\b(?<rest>.*?)\s*(?:-->)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"^\s*(?<negated>!)?\s*(?<symbol>[A-Za-z_][A-Za-z0-9_]*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolPattern();

    private sealed record Directive(string Keyword, bool Negated, string? Symbol);

    /// <summary>An open #if: <see cref="Own"/> when it tests a template symbol (then evaluated and removed).</summary>
    private sealed record Frame(bool Own, bool Parent, bool Condition, bool InElse)
    {
        public bool Emitting => Parent && (!Own || Condition != InElse);
    }
}
