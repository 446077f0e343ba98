using Rampart.Testing;

namespace Rampart.Cli.Tests.Docs;

/// <summary>A merge that left conflict markers behind must never land, in code or in docs.</summary>
public sealed class ConflictMarkerTests
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "artifacts", ".work", ".rampart", "node_modules", "TestResults" };

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".md", ".json", ".props", ".targets", ".csproj", ".slnx", ".sh", ".yml", ".yaml", ".xml", ".config", ".editorconfig", ".lua", ".txt", ".http", ".py",
    };

    // Built, not written, so this file does not contain what it looks for.
    private static readonly string[] Markers = [new string('<', 7), new string('>', 7), new string('|', 7)];

    [Fact]
    public void Repository_HasNoConflictMarkers()
    {
        var root = RepositoryRoot.Find();
        var hits = Files(root)
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, index)))
            .Where(hit => Markers.Any(marker => hit.line == marker || hit.line.StartsWith(marker + " ", StringComparison.Ordinal)))
            .Select(hit => $"{Path.GetRelativePath(root, hit.path)}:{hit.index + 1}")
            .ToList();

        Assert.True(hits.Count == 0, "Conflict markers at: " + string.Join(", ", hits));
    }

    [Fact]
    public void Repository_ScanReachesDocsAndTemplates()
    {
        var files = Files(RepositoryRoot.Find()).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("new.md", files);
        Assert.Contains("Program.cs", files);
    }

    private static IEnumerable<string> Files(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (TextExtensions.Contains(Path.GetExtension(file)) || Path.GetFileName(file) is "run" or ".gitignore")
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
        {
            foreach (var file in Files(child))
            {
                yield return file;
            }
        }
    }
}
