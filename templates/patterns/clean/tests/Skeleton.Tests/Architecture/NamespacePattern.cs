using System.Text;
using System.Text.RegularExpressions;

namespace Skeleton.Tests.Architecture;

/// <summary>A namespace pattern of the dependency table (see <see cref="DependencyRule"/>), matched segment by segment.</summary>
internal sealed class NamespacePattern
{
    private const string Module = "name";

    private readonly Regex _regex;

    public NamespacePattern(string pattern)
    {
        var regex = new StringBuilder("^");
        foreach (var segment in pattern.Split('.'))
        {
            regex.Append(segment switch
            {
                "**" => @"(?:[^.]+\.)*",
                "*" => @"[^.]+\.",
                "{name}" => $@"(?<{Module}>[^.]+)\.",
                _ => Regex.Escape(segment) + @"\.",
            });
        }

        _regex = new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// Whether <paramref name="ns"/> matches; <paramref name="module"/> is the feature or slice the row is about (null: any), and
    /// <paramref name="matchedModule"/> the one this namespace belongs to when the pattern names <c>{name}</c>.
    /// </summary>
    public bool Matches(string ns, string? module, out string? matchedModule)
    {
        var match = _regex.Match(ns + ".");
        matchedModule = match.Groups[Module] is { Success: true } group ? group.Value : null;
        return match.Success && (module is null || matchedModule is null || string.Equals(module, matchedModule, StringComparison.Ordinal));
    }

    public bool Matches(string ns, string? module) => Matches(ns, module, out _);
}
