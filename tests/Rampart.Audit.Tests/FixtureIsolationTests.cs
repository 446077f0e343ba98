using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

/// <summary>The flawed sample backend is test data: never part of the repository's solution or build.</summary>
public sealed class FixtureIsolationTests
{
    private static readonly string Root = TempFolder.RepositoryRoot();

    [Fact]
    public void Solution_ListsNoFixtureProject() =>
        Assert.DoesNotContain("fixtures", File.ReadAllText(Path.Combine(Root, "Rampart.slnx")), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Build.targets")]
    [InlineData("Directory.Packages.props")]
    public void Fixtures_StopTheRepositoryBuildFilesFromLeakingIn(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root, "tests", "fixtures", file));

        Assert.DoesNotContain("<Import", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FlawedBackend_HasExpectationsForEveryRuleFamily()
    {
        var expected = ExpectedFindings.Read(Path.Combine(Root, "tests", "fixtures", "flawed-backend"));

        Assert.All(new[] { "RMP1", "RMP2", "RMP3", "RMP4", "RMP5", "RMP9" }, family => Assert.Contains(expected, e => e.StartsWith(family, StringComparison.Ordinal)));
    }
}
