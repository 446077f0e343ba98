using System.Text.RegularExpressions;

namespace Rampart.Scaffolding.Templates;

/// <summary>Matches '/'-separated relative paths against globs: <c>**</c> spans folders, <c>*</c> and <c>?</c> stay within one.</summary>
internal static class PathGlob
{
    public static bool IsMatch(string glob, string relativePath)
    {
        var pattern = Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"/\*\*", "(?:/.*)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return Regex.IsMatch(relativePath, "^" + pattern + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
