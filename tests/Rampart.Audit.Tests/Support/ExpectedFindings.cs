namespace Rampart.Audit.Tests.Support;

/// <summary>Reads a fixture's expected-findings.txt: "&lt;rule&gt; &lt;path&gt;:&lt;line&gt;" per line, # comments.</summary>
internal static class ExpectedFindings
{
    public static string[] Read(string fixtureFolder) =>
        [.. File.ReadAllLines(Path.Combine(fixtureFolder, "expected-findings.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Order(StringComparer.Ordinal)];
}
