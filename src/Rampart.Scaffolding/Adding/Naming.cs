using System.Globalization;
using System.Text;

namespace Rampart.Scaffolding.Adding;

/// <summary>
/// The forms of one name a generator needs: <c>order-line</c>, <c>order_line</c>, <c>order line</c>, <c>orderLine</c>
/// and <c>OrderLine</c> all give the type <c>OrderLine</c>, the collection <c>OrderLines</c>, the route segment
/// <c>order-lines</c> and the table <c>order_lines</c>.
/// </summary>
public sealed record Naming(string Pascal, string Plural, string Camel, string CamelPlural, string Kebab, string KebabPlural, string Snake, string SnakePlural)
{
    /// <summary>The longest accepted name.</summary>
    public const int MaxLength = 48;

    private static readonly string[] Irregular = ["person:people", "child:children", "man:men", "woman:women", "mouse:mice", "goose:geese", "datum:data", "index:indices"];
    private static readonly string[] Uncountable = ["news", "series", "species", "equipment", "information", "feedback", "metadata", "software", "data"];

    /// <summary>The names of <paramref name="input"/>, or a <see cref="ScaffoldingException"/> saying what is wrong with it.</summary>
    /// <param name="input">What the user typed.</param>
    /// <param name="what">What the name is for, in the error ("resource", "field").</param>
    public static Naming Parse(string? input, string what)
    {
        var words = Words(input);
        var typed = input?.Trim() ?? "";
        if (words.Count == 0)
        {
            throw new ScaffoldingException($"The {what} name '{typed}' is empty or has no letters.", $"Give the {what} a name such as order-line or OrderLine.");
        }

        if (!char.IsAsciiLetter(words[0][0]))
        {
            throw new ScaffoldingException($"The {what} name '{typed}' starts with a digit.", $"Start the {what} name with a letter.");
        }

        var pascal = string.Concat(words.Select(Capitalise));
        if (pascal.Length > MaxLength)
        {
            throw new ScaffoldingException($"The {what} name '{typed}' is longer than {MaxLength} characters.", $"Choose a shorter {what} name.");
        }

        var plural = Pluralise(pascal);
        var camel = Uncapitalise(pascal);
        var camelPlural = Uncapitalise(plural);
        var lowerWords = words.Select(w => w.ToLowerInvariant()).ToList();
        var pluralWords = lowerWords.Take(lowerWords.Count - 1).Append(Pluralise(lowerWords[^1])).ToList();
        var naming = new Naming(pascal, plural, camel, camelPlural, string.Join('-', lowerWords), string.Join('-', pluralWords), string.Join('_', lowerWords), string.Join('_', pluralWords));
        return naming;
    }

    /// <summary>How <paramref name="input"/> was normalised, for the command's output.</summary>
    public string Describe(string input) => $"'{input.Trim()}' → type {Pascal}, collection {Plural}, route /api/v1/{KebabPlural}, table {SnakePlural}";

    /// <summary>The words of a name: split at separators, spaces and lower-to-upper case changes; only ASCII letters and digits.</summary>
    private static List<string> Words(string? input)
    {
        var words = new List<string>();
        if (input is null)
        {
            return words;
        }

        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        var trimmed = input.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c is '-' or '_' or ' ' or '.')
            {
                Flush();
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                throw new ScaffoldingException($"The name '{trimmed}' has the character '{c}', which cannot be part of a C# name or a route.", "Use ASCII letters and digits, words separated by hyphens or underscores (order-line).");
            }

            // A new word at lower→Upper (orderLine) and at the last capital of an acronym followed by lower (HTTPServer → HTTP, Server).
            var startsWord = i > 0 && char.IsAsciiLetterUpper(c) && current.Length > 0
                && (char.IsAsciiLetterLower(trimmed[i - 1]) || char.IsAsciiDigit(trimmed[i - 1]) || (i + 1 < trimmed.Length && char.IsAsciiLetterLower(trimmed[i + 1]) && char.IsAsciiLetterUpper(trimmed[i - 1])));
            if (startsWord)
            {
                Flush();
            }

            current.Append(c);
        }

        Flush();
        return words;
    }

    private static string Capitalise(string word) =>
        word.All(char.IsAsciiLetterUpper) && word.Length > 2 ? word[0] + word[1..].ToLowerInvariant() : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Uncapitalise(string word) => char.ToLowerInvariant(word[0]) + word[1..];

    /// <summary>The English plural of the last word of <paramref name="word"/>, keeping its case.</summary>
    internal static string Pluralise(string word)
    {
        var lastWordStart = Enumerable.Range(0, word.Length).LastOrDefault(i => char.IsAsciiLetterUpper(word[i]));
        var head = word[..lastWordStart];
        var last = word[lastWordStart..];
        var lower = last.ToLowerInvariant();
        if (Uncountable.Contains(lower, StringComparer.Ordinal))
        {
            return word;
        }

        foreach (var pair in Irregular)
        {
            var (singular, plural) = (pair[..pair.IndexOf(':', StringComparison.Ordinal)], pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            if (lower == singular)
            {
                return head + (char.IsAsciiLetterUpper(last[0]) ? char.ToUpper(plural[0], CultureInfo.InvariantCulture) + plural[1..] : plural);
            }
        }

        if (lower.EndsWith('y') && lower.Length > 1 && !"aeiou".Contains(lower[^2], StringComparison.Ordinal))
        {
            return word[..^1] + "ies";
        }

        if (lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith('z') || lower.EndsWith("ch", StringComparison.Ordinal) || lower.EndsWith("sh", StringComparison.Ordinal))
        {
            return word + "es";
        }

        return word + "s";
    }
}
