using System.Text.RegularExpressions;
using NuGet.Versioning;

namespace Rampart.Scaffolding.Upgrade;

/// <summary>
/// Reads and edits a solution's <c>Directory.Packages.props</c> in place: the <c>RampartVersion</c> property (the building
/// blocks' version) and <c>PackageVersion</c> pins. Edits replace attribute or element values only, so the file keeps its
/// layout and comments and a diff shows exactly the changed versions.
/// </summary>
public static partial class PackageVersionsFile
{
    /// <summary>The file name, at the solution's root.</summary>
    public const string FileName = "Directory.Packages.props";

    /// <summary>The building blocks' version the file pins, or null when it has no <c>RampartVersion</c>.</summary>
    public static string? RampartVersion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = RampartVersionElement().Match(text);
        return match.Success ? match.Groups["version"].Value : null;
    }

    /// <summary>The text with <c>RampartVersion</c> set to <paramref name="version"/>.</summary>
    /// <exception cref="ScaffoldingException">The text has no <c>RampartVersion</c>.</exception>
    public static string WithRampartVersion(string text, string version)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RampartVersionElement().IsMatch(text)
            ? RampartVersionElement().Replace(text, $"<RampartVersion>{version}</RampartVersion>", 1)
            : throw new ScaffoldingException($"{FileName} has no <RampartVersion>.", "Add <RampartVersion>…</RampartVersion> to its first PropertyGroup (rampart new writes it), or generate the solution again.", ScaffoldingErrorKind.InvalidInput);
    }

    /// <summary>The literal versions pinned by <c>PackageVersion</c> items (id → version); versions set from properties are left out.</summary>
    public static IReadOnlyDictionary<string, string> Pins(string text) =>
        PackageVersionItem().Matches(text)
            .Where(match => !match.Groups["version"].Value.Contains('$', StringComparison.Ordinal))
            .GroupBy(match => match.Groups["id"].Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First().Groups["version"].Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The text with every pin that <paramref name="shipped"/> holds at a HIGHER version raised to it, and the changes.
    /// Pins the user raised beyond the shipped one, or added, are left alone.
    /// </summary>
    public static (string Text, IReadOnlyList<PinChange> Changes) RaisePins(string text, IReadOnlyDictionary<string, string> shipped)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var changes = new List<PinChange>();
        var result = PackageVersionItem().Replace(text, match =>
        {
            var id = match.Groups["id"].Value;
            var current = match.Groups["version"].Value;
            if (!shipped.TryGetValue(id, out var target)
                || !NuGetVersion.TryParse(current, out var from)
                || !NuGetVersion.TryParse(target, out var to)
                || to <= from)
            {
                return match.Value;
            }

            changes.Add(new PinChange(id, current, target));
            var group = match.Groups["version"];
            return match.Value[..(group.Index - match.Index)] + target + match.Value[(group.Index - match.Index + group.Length)..];
        });
        return (result, changes);
    }

    [GeneratedRegex(@"<RampartVersion>(?<version>[^<]*)</RampartVersion>", RegexOptions.CultureInvariant)]
    private static partial Regex RampartVersionElement();

    [GeneratedRegex(@"<PackageVersion\s+Include=""(?<id>[^""]+)""\s+Version=""(?<version>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex PackageVersionItem();
}
