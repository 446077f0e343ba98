using System.Globalization;
using System.Text.RegularExpressions;

namespace Rampart.Audit.Workspace;

/// <summary>Target framework monikers: which one of several to audit, and the preprocessor symbols the SDK defines for it.</summary>
internal static partial class TargetFrameworks
{
    /// <summary>The symbols used when the framework is unknown: a current .NET.</summary>
    private static readonly string[] Default = [.. PreprocessorSymbols("net10.0")];

    /// <summary>
    /// Of <c>TargetFrameworks</c>, the most recent .NET the running tool can read (platform-neutral first), else .NET
    /// Standard, else the first listed; null when the list is empty.
    /// </summary>
    public static string? Choose(string targetFrameworks)
    {
        var listed = targetFrameworks.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (listed.Length == 0)
        {
            return null;
        }

        return listed
            .Select(t => (Moniker: t, Parsed: Parse(t)))
            .OrderByDescending(t => t.Parsed is { Family: "net" } parsed && parsed.Version.Major <= Environment.Version.Major)
            .ThenByDescending(t => t.Parsed?.Family == "netstandard")
            .ThenBy(t => t.Moniker.Contains('-', StringComparison.Ordinal))
            .ThenByDescending(t => t.Parsed?.Version)
            .First().Moniker;
    }

    /// <summary>NET, NETCOREAPP, NET8_0, NET8_0_OR_GREATER…, or NETSTANDARD2_0… as the SDK's implicit define constants.</summary>
    public static IEnumerable<string> PreprocessorSymbols(string? targetFramework)
    {
        if (targetFramework is null || Parse(targetFramework) is not { } parsed)
        {
            return targetFramework is null ? Default : [];
        }

        var symbols = new List<string>();
        var version = parsed.Version;
        if (parsed.Family == "netstandard")
        {
            symbols.Add("NETSTANDARD");
            symbols.Add(string.Create(CultureInfo.InvariantCulture, $"NETSTANDARD{version.Major}_{version.Minor}"));
            foreach (var (major, minor) in new[] { (1, 0), (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (2, 0), (2, 1) }.Where(v => new Version(v.Item1, v.Item2) <= version))
            {
                symbols.Add(string.Create(CultureInfo.InvariantCulture, $"NETSTANDARD{major}_{minor}_OR_GREATER"));
            }

            return symbols;
        }

        if (parsed.Family == "net" && version.Major >= 5)
        {
            symbols.Add("NET");
            symbols.Add("NETCOREAPP");
            symbols.Add(string.Create(CultureInfo.InvariantCulture, $"NET{version.Major}_{version.Minor}"));
            for (var major = 5; major <= version.Major; major++)
            {
                symbols.Add(string.Create(CultureInfo.InvariantCulture, $"NET{major}_0_OR_GREATER"));
            }

            foreach (var core in new[] { "1_0", "1_1", "2_0", "2_1", "2_2", "3_0", "3_1" })
            {
                symbols.Add($"NETCOREAPP{core}_OR_GREATER");
            }
        }

        return symbols;
    }

    private static (string Family, Version Version)? Parse(string moniker)
    {
        var match = Moniker().Match(moniker);
        if (!match.Success || !Version.TryParse(match.Groups["version"].Value, out var version))
        {
            return null;
        }

        var family = match.Groups["family"].Value.ToLowerInvariant();
        if (family == "netcoreapp")
        {
            family = "net";
        }
        else if (family == "net" && !match.Groups["version"].Value.Contains('.', StringComparison.Ordinal))
        {
            // net48, net472: .NET Framework monikers without a dot.
            return ("netframework", version);
        }

        return (family, version);
    }

    [GeneratedRegex(@"^(?<family>netstandard|netcoreapp|net)(?<version>\d+(\.\d+)?)(-.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Moniker();
}
