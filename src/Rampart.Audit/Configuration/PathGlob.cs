using System.Text;
using System.Text.RegularExpressions;

namespace Rampart.Audit.Configuration;

/// <summary>A path glob: <c>**</c> spans folders, <c>*</c> and <c>?</c> stay within one; a pattern without a slash matches at any depth.</summary>
internal sealed class PathGlob(Regex regex)
{
    public bool IsMatch(string relativePath) => regex.IsMatch(relativePath);

    public static PathGlob Create(string pattern)
    {
        var normalized = pattern.Replace('\\', '/').TrimStart('/');
        if (normalized.EndsWith('/'))
        {
            normalized += "**";
        }

        if (!normalized.Contains('/', StringComparison.Ordinal))
        {
            normalized = "**/" + normalized;
        }

        var builder = new StringBuilder("^");
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '*' && i + 1 < normalized.Length && normalized[i + 1] == '*')
            {
                var slashFollows = i + 2 < normalized.Length && normalized[i + 2] == '/';
                builder.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else
            {
                builder.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new PathGlob(new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
    }
}
