using Rampart.Audit.Baseline;

namespace Rampart.Audit.Tests;

public sealed class FindingFingerprintTests
{
    [Fact]
    public void Compute_SameInputs_SameFingerprint() =>
        Assert.Equal(
            FindingFingerprint.Compute("RMP3001", "src/A.cs", "var x = db.Find(id);", "A.M()", 0),
            FindingFingerprint.Compute("RMP3001", "src/A.cs", "var x = db.Find(id);", "A.M()", 0));

    [Fact]
    public void Compute_Reindented_SameFingerprint() =>
        Assert.Equal(
            FindingFingerprint.Compute("RMP3001", "src/A.cs", "    var x =  db.Find(id);", "A.M()", 0),
            FindingFingerprint.Compute("RMP3001", "src/A.cs", "\tvar x = db.Find(id);  ", "A.M()", 0));

    [Fact]
    public void Compute_BackslashPath_SameAsForwardSlash() =>
        Assert.Equal(
            FindingFingerprint.Compute("RMP3001", "src\\A.cs", "x", "m", 0),
            FindingFingerprint.Compute("RMP3001", "src/A.cs", "x", "m", 0));

    [Theory]
    [InlineData("RMP3002", "src/A.cs", "x", "m", 0)]
    [InlineData("RMP3001", "src/B.cs", "x", "m", 0)]
    [InlineData("RMP3001", "src/A.cs", "y", "m", 0)]
    [InlineData("RMP3001", "src/A.cs", "x", "n", 0)]
    [InlineData("RMP3001", "src/A.cs", "x", "m", 1)]
    public void Compute_AnyPartDiffers_DifferentFingerprint(string rule, string path, string text, string member, int occurrence) =>
        Assert.NotEqual(FindingFingerprint.Compute("RMP3001", "src/A.cs", "x", "m", 0), FindingFingerprint.Compute(rule, path, text, member, occurrence));

    [Fact]
    public void Compute_Always_Is32LowerHexCharacters() =>
        Assert.Matches("^[0-9a-f]{32}$", FindingFingerprint.Compute("R", "p", "t", "m", 0));

    [Theory]
    [InlineData("  a \t b\n c  ", "a b c")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_WhitespaceRuns_CollapsedAndTrimmed(string? input, string expected) =>
        Assert.Equal(expected, FindingFingerprint.Normalize(input));
}
