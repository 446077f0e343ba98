using Rampart.Audit.Workspace;

namespace Rampart.Audit.Tests;

public sealed class TargetFrameworksTests
{
    [Theory]
    [InlineData("netstandard2.0;net8.0;net10.0", "net10.0")]
    [InlineData("net10.0-windows;net10.0", "net10.0")]
    [InlineData("net48;netstandard2.1", "netstandard2.1")]
    [InlineData("net48", "net48")]
    [InlineData("net99.0;net8.0", "net8.0")]
    public void Choose_SeveralFrameworks_NewestReadableDotnet(string frameworks, string expected) =>
        Assert.Equal(expected, TargetFrameworks.Choose(frameworks));

    [Fact]
    public void Choose_Empty_Null() => Assert.Null(TargetFrameworks.Choose(" ; "));

    [Fact]
    public void PreprocessorSymbols_Net8_AsTheSdkDefinesThem()
    {
        var symbols = TargetFrameworks.PreprocessorSymbols("net8.0").ToList();

        Assert.Contains("NET8_0", symbols);
        Assert.Contains("NET8_0_OR_GREATER", symbols);
        Assert.Contains("NET5_0_OR_GREATER", symbols);
        Assert.Contains("NETCOREAPP3_1_OR_GREATER", symbols);
        Assert.DoesNotContain("NET9_0_OR_GREATER", symbols);
    }

    [Fact]
    public void PreprocessorSymbols_NetStandard_NoDotnetSymbols()
    {
        var symbols = TargetFrameworks.PreprocessorSymbols("netstandard2.0").ToList();

        Assert.Contains("NETSTANDARD2_0", symbols);
        Assert.Contains("NETSTANDARD1_6_OR_GREATER", symbols);
        Assert.DoesNotContain("NETCOREAPP", symbols);
    }
}
