using System.Text.RegularExpressions;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Templates;

/// <summary>
/// The modular-monolith README's <c>dotnet ef migrations add</c> lines name real things: one line per context of the
/// template, each context defined in the project it names, and its model snapshot in the output folder it names (the
/// end-to-end lane runs the catalog line on a generated Shop).
/// </summary>
public sealed partial class MigrationCommandsReadmeTests
{
    private static readonly string Template = Path.Combine(RepositoryRoot.Find(), "templates", "patterns", "modular-monolith");

    [Fact]
    public void Readme_MigrationsAddLines_OnePerContextWithItsProjectAndSnapshotFolder()
    {
        var readme = File.ReadAllText(Path.Combine(Template, "README.md"));
        var lines = AddLine().Matches(readme).ToList();
        var contexts = Directory.EnumerateFiles(Path.Combine(Template, "src"), "*DbContext.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(contexts, lines.Select(l => l.Groups["context"].Value).Order(StringComparer.Ordinal));
        Assert.All(lines, line =>
        {
            var context = line.Groups["context"].Value;
            var project = Path.Combine(Template, line.Groups["project"].Value);
            Assert.Equal("src/Skeleton.Host", line.Groups["startup"].Value);
            Assert.Single(Directory.EnumerateFiles(project, $"{context}.cs", SearchOption.AllDirectories));
            Assert.True(
                File.Exists(Path.Combine(project, line.Groups["output"].Value, $"{context}ModelSnapshot.cs")),
                $"{context}'s snapshot is not in {line.Groups["output"].Value} of {line.Groups["project"].Value}.");
        });
    }

    [GeneratedRegex(@"^dotnet ef migrations add <Name> --context (?<context>\w+) --project (?<project>\S+) --startup-project (?<startup>\S+) --output-dir (?<output>\S+)$", RegexOptions.Multiline)]
    private static partial Regex AddLine();
}
