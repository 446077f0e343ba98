using System.Text.RegularExpressions;
using NuGet.Versioning;

namespace Rampart.Scaffolding.Upgrade;

/// <summary>
/// The building blocks' CHANGELOG.md (shipped with the tool): one <c>## x.y.z …</c> section per release line, newest
/// first. Content-derived builds (<c>x.y.z-dev.&lt;hash&gt;</c>) belong to the section of their <c>x.y.z</c>.
/// </summary>
public sealed partial class Changelog
{
    private readonly IReadOnlyList<(NuGetVersion Version, string Title, string Body)> _sections;

    private Changelog(IReadOnlyList<(NuGetVersion Version, string Title, string Body)> sections) => _sections = sections;

    /// <summary>Reads the changelog's sections from its Markdown.</summary>
    public static Changelog Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var headings = SectionHeading().Matches(markdown);
        var sections = headings.Select((heading, index) =>
        {
            var start = heading.Index + heading.Length;
            var end = index + 1 < headings.Count ? headings[index + 1].Index : markdown.Length;
            return (NuGetVersion.Parse(heading.Groups["version"].Value), heading.Groups["title"].Value.Trim(), markdown[start..end].Trim());
        });
        return new Changelog([.. sections]);
    }

    /// <summary>
    /// The sections a move from <paramref name="from"/> to <paramref name="to"/> brings, newest first, as Markdown: those
    /// after <paramref name="from"/>'s release line up to <paramref name="to"/>'s; when both are builds of one line, that
    /// line's section (its changes so far).
    /// </summary>
    public string Between(string from, string to)
    {
        var oldLine = ReleaseLine(from);
        var newLine = ReleaseLine(to);
        var chosen = _sections
            .Where(section => oldLine == newLine ? section.Version == newLine : section.Version > oldLine && section.Version <= newLine)
            .Select(section => $"## {section.Title}\n\n{section.Body}")
            .ToList();
        return chosen.Count == 0 ? string.Empty : string.Join("\n\n", chosen) + "\n";
    }

    /// <summary><c>0.1.0</c> for <c>0.1.0-dev.abc</c> (and for <c>0.1.0</c>).</summary>
    public static NuGetVersion ReleaseLine(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var parsed = Version.Parse(version.Split('-', '+')[0]);
        return new NuGetVersion(parsed.Major, parsed.Minor, parsed.Build);
    }

    [GeneratedRegex(@"^## (?<title>\[?(?<version>\d+\.\d+\.\d+)\]?[^\n]*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();
}
