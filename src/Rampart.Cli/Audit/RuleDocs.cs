using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Audit;

/// <summary>
/// The rules' documentation pages, shipped inside the tool (<c>rules/RMPnnnn.md</c> next to its assemblies, copied from
/// docs/rules at build), so <c>rampart audit --explain</c> works offline.
/// </summary>
internal static class RuleDocs
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>The page of <paramref name="ruleId"/> (one of <paramref name="knownIds"/>, any case).</summary>
    public static string Read(string ruleId, IReadOnlyList<string> knownIds)
    {
        var id = knownIds.FirstOrDefault(known => string.Equals(known, ruleId.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException(
                $"--explain names no rule: '{ruleId}'.",
                $"Use one of these ids: {string.Join(", ", knownIds)}.",
                ExitCodes.Usage);
        var page = Path.Combine(Directory, id + ".md");
        return File.Exists(page)
            ? File.ReadAllText(page)
            : throw new CliException($"The page of {id} is missing from this installation ({page}).", "Reinstall the rampart tool.", ExitCodes.Environment);
    }
}
