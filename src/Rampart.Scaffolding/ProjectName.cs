using Microsoft.CodeAnalysis.CSharp;

namespace Rampart.Scaffolding;

/// <summary>Rules for the name of a generated solution: it becomes a namespace segment and part of every project name.</summary>
public static class ProjectName
{
    /// <summary>The longest accepted name.</summary>
    public const int MaxLength = 64;

    private static readonly char[] WordSeparators = ['-', '_'];

    // Names that would shadow or be shadowed by namespaces every generated service imports.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "System", "Microsoft", "Rampart", "Windows", "Xunit", "Npgsql", "RabbitMQ", "Swashbuckle", "Host", "Program",
    };

    /// <summary>
    /// The solution name for what the user typed: words separated by hyphens or underscores (<c>my-shop</c>,
    /// <c>order_service</c>) are joined with each word capitalised (<c>MyShop</c>, <c>OrderService</c>), the .NET
    /// convention for namespaces and project names. Anything else is returned as typed (trimmed), for
    /// <see cref="Problem"/> to judge.
    /// </summary>
    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var trimmed = input.Trim();
        if (trimmed.IndexOfAny(WordSeparators) < 0)
        {
            return trimmed;
        }

        var words = trimmed.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
    }

    /// <summary>Returns why <paramref name="name"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "The name is empty.";
        }

        if (name.Length > MaxLength)
        {
            return $"The name '{name}' is longer than {MaxLength} characters.";
        }

        if (!SyntaxFacts.IsValidIdentifier(name) || name.Contains('@', StringComparison.Ordinal))
        {
            return $"The name '{name}' is not a valid C# identifier: use letters, digits and underscores, starting with a letter.";
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
        {
            return $"The name '{name}' is a C# keyword.";
        }

        if (Reserved.Contains(name))
        {
            return $"The name '{name}' clashes with a framework or library namespace.";
        }

        return null;
    }
}
