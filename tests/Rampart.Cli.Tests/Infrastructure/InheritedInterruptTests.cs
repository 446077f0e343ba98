using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Tests.Infrastructure;

/// <summary>
/// Reading whether SIGINT was inherited ignored (a background command of a shell without job control). The end-to-end
/// tests that stop <c>rampart dev</c> with SIGINT start it that way, so they fail if the CLI stops restoring it.
/// </summary>
public sealed class InheritedInterruptTests
{
    [Theory]
    [InlineData("0000000000001006", true)]
    [InlineData("0000000000000002", true)]
    [InlineData("0000000000001004", false)]
    [InlineData("0000000000000000", false)]
    public void IsIgnored_ReadsSigIntsBitOfTheMask(string mask, bool ignored) =>
        Assert.Equal(ignored, InheritedInterrupt.IsIgnored(["Name:\trampart", $"SigIgn:\t{mask}", "SigCgt:\t0000000000000000"]));

    [Fact]
    public void IsIgnored_WithoutTheMaskLine_IsFalse() => Assert.False(InheritedInterrupt.IsIgnored(["Name:\trampart"]));
}
