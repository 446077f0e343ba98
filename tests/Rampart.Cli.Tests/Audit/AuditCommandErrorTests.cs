using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Tests.Audit;

/// <summary>Bad input: each names the problem and the fix, exits non-zero and writes nothing.</summary>
public sealed class AuditCommandErrorTests : IDisposable
{
    private readonly AuditSandbox _sandbox = new(fixture: null);

    [Fact]
    public async Task Audit_MissingPath_ExitsInvalidInputWithFix()
    {
        var run = await _sandbox.RunAsync("audit", "nowhere");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("nowhere' does not exist", run.Error, StringComparison.Ordinal);
        Assert.Contains("fix: Pass the folder, solution or project to audit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_MalformedBaseline_ExitsInvalidInputAndWritesNoReport()
    {
        File.WriteAllText(_sandbox.File("A.cs"), "class A { }");
        File.WriteAllText(_sandbox.File("baseline.json"), "{ \"oops\": ");

        var run = await _sandbox.RunAsync("audit", "--baseline", "baseline.json", "--format", "json", "--output", "report.json");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("is not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("--update-baseline", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.File("report.json")));
    }

    [Fact]
    public async Task Audit_MissingBaseline_ExitsInvalidInputWithFix()
    {
        File.WriteAllText(_sandbox.File("A.cs"), "class A { }");

        var run = await _sandbox.RunAsync("audit", "--baseline", "absent.json");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("fix: Create it with 'rampart audit --update-baseline'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_InvalidRampartJson_ExitsInvalidInput()
    {
        File.WriteAllText(_sandbox.File(".rampart.json"), """{ "rules": { "RMP3001": "sometimes" } }""");

        var run = await _sandbox.RunAsync("audit");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("unknown severity 'sometimes'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--severity", "fatal")]
    [InlineData("--unknown-option", "x")]
    public async Task Audit_BadOption_ExitsUsage(string option, string value)
    {
        var run = await _sandbox.RunAsync("audit", option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task Audit_UnknownRule_ExitsUsageListingKnownRules()
    {
        var run = await _sandbox.RunAsync("audit", "--rules", "RMP3001,NOPE42");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown rule id(s): NOPE42", run.Error, StringComparison.Ordinal);
        Assert.Contains("RMP3001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_OutputFolderNotWritable_ExitsInvalidInput()
    {
        File.WriteAllText(_sandbox.File("A.cs"), "class A { }");
        File.WriteAllText(_sandbox.File("blocker"), "a file where a folder is needed");

        var run = await _sandbox.RunAsync("audit", "--format", "json", "--output", "blocker/report.json");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("cannot be written", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();
}
