using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;

namespace Rampart.Cli.Tests.Dev;

public sealed class DevCommandTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Dev_FolderWithoutSolution_FailsWithFix()
    {
        var code = await _cli.RunAsync("dev");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("No rampart.json", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("fix:", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task Dev_MissingFolder_FailsWithFix()
    {
        var code = await _cli.RunAsync("dev", "nowhere");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("does not exist", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_InvalidSettings_FailsWithFix()
    {
        await File.WriteAllTextAsync(_cli.PathOf("rampart.json"), "{ \"pattern\": ");

        var code = await _cli.RunAsync("dev");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("rampart.json", _cli.Error, StringComparison.Ordinal);
        Assert.Equal("{ \"pattern\": ", await File.ReadAllTextAsync(_cli.PathOf("rampart.json")));
    }

    [Theory]
    [InlineData("dev", "--port", "70000")]
    [InlineData("dev", "--port", "x")]
    [InlineData("dev", ".", "--bogus")]
    [InlineData("dev", "--instances", "x")]
    public async Task Dev_BadCommandLine_IsAUsageError(params string[] args)
    {
        var code = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1000")]
    public async Task Dev_InstancesOutOfRange_UsageErrorNamingTheRange_BeforeLookingForTheSolution(string instances)
    {
        var code = await _cli.RunAsync("dev", "--instances", instances);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"--instances {instances} is not a number of instances", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("Use 1 to 8", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task Dev_InstancesWithWatch_UsageErrorWithFix()
    {
        var code = await _cli.RunAsync("dev", "--instances", "2", "--watch");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--watch restarts one instance", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_Help_ShowsExamples()
    {
        var code = await _cli.RunAsync("dev", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--reset", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("--instances", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", _cli.Output, StringComparison.Ordinal);
    }
}
