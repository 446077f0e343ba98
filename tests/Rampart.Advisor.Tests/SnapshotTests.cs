using Rampart.Testing;

namespace Rampart.Advisor.Tests;

public sealed class SnapshotTests
{
    [Fact]
    public void Diff_ChangedLine_ShowsRemovedAndAddedLinesWithNumbers()
    {
        var diff = Snapshot.Diff("a\nb\nc", "a\nB\nc");

        Assert.Equal("- 2: b\n+ 2: B\n", diff);
    }

    [Fact]
    public void Diff_EqualTexts_IsEmpty()
    {
        Assert.Equal(string.Empty, Snapshot.Diff("a\nb", "a\nb"));
    }
}
