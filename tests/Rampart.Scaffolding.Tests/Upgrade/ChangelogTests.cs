using Rampart.Scaffolding.Upgrade;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Upgrade;

public sealed class ChangelogTests
{
    private static readonly Changelog Log = Changelog.Parse("""
        # Changelog

        Intro.

        ## 0.3.0 (in development)
        - three

        ## [0.2.0] - 2026-06-01
        - two

        ## 0.1.0
        - one
        """);

    [Fact]
    public void Between_OlderLineToNewerBuild_TheSectionsAfterTheOldLineUpToTheNew()
    {
        var changes = Log.Between("0.1.0-dev.aaaaaaaaaaaa", "0.3.0-dev.bbbbbbbbbbbb");

        Assert.Equal("## 0.3.0 (in development)\n\n- three\n\n## [0.2.0] - 2026-06-01\n\n- two\n", changes);
    }

    [Fact]
    public void Between_TwoBuildsOfOneLine_ThatLinesSection()
    {
        Assert.Equal("## [0.2.0] - 2026-06-01\n\n- two\n", Log.Between("0.2.0-dev.aaaaaaaaaaaa", "0.2.0-dev.bbbbbbbbbbbb"));
    }

    [Fact]
    public void Between_NoSectionInTheRange_Empty()
    {
        Assert.Equal(string.Empty, Log.Between("0.3.0", "0.4.0-dev.cccccccccccc"));
    }

    [Fact]
    public void Shipped_TheRepositoryChangelog_HasTheToolsReleaseLine()
    {
        var shipped = Path.Combine(RepositoryRoot.Find(), "CHANGELOG.md");
        var version = typeof(Changelog).Assembly.GetName().Version!;

        var changes = Changelog.Parse(File.ReadAllText(shipped)).Between("0.0.1", $"{version.ToString(3)}-dev.abcdefabcdef");

        Assert.StartsWith($"## {version.ToString(3)} ", changes, StringComparison.Ordinal);
    }
}
