using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Tests.Audit;

/// <summary>The baseline workflow through the command line: accept today's findings, then only new ones fail.</summary>
public sealed class AuditBaselineCommandTests : IDisposable
{
    private readonly AuditSandbox _sandbox = new();

    [Fact]
    public async Task UpdateBaseline_ThenAudit_PassesUntilANewFlawAppears()
    {
        var update = await _sandbox.RunAsync("audit", "--update-baseline");
        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.Contains($"{_sandbox.Expected().Length} finding(s) accepted", update.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(_sandbox.File(".rampart-baseline.json")));

        var clean = await _sandbox.RunAsync("audit", "--baseline", ".rampart-baseline.json");
        Assert.Equal(ExitCodes.Success, clean.ExitCode);

        // Lines move: a comment block on top of every finding's file, the endpoints re-indented.
        var endpoints = _sandbox.File("Features/Orders/OrderEndpoints.cs");
        File.WriteAllText(endpoints, "// Orders API\n// (moved down by this header)\n\n" + File.ReadAllText(endpoints).Replace("        app.Map", "          app.Map", StringComparison.Ordinal));
        var moved = await _sandbox.RunAsync("audit", "--baseline", ".rampart-baseline.json", "--format", "json");
        Assert.Equal(ExitCodes.Success, moved.ExitCode);
        Assert.Contains("\"new\": 0", moved.Out, StringComparison.Ordinal);

        var service = _sandbox.File("Services/ReportService.cs");
        File.WriteAllText(service, File.ReadAllText(service).Replace("    public async void Refresh", "    public int Peek(Task<int> pending) => pending.Result;\n\n    public async void Refresh", StringComparison.Ordinal));
        var regressed = await _sandbox.RunAsync("audit", "--baseline", ".rampart-baseline.json");
        Assert.Equal(ExitCodes.Findings, regressed.ExitCode);
        Assert.Contains("1 new", regressed.Out, StringComparison.Ordinal);
        Assert.Contains("Services/ReportService.cs:7", regressed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_BaselineConfiguredInRampartJson_Used()
    {
        File.WriteAllText(_sandbox.File(".rampart.json"), """{ "minimumSeverity": "info", "exclude": ["Generated/**"], "rules": { "RMP5001": "error" }, "baseline": "audit/accepted.json" }""");

        var update = await _sandbox.RunAsync("audit", "--update-baseline");
        var audit = await _sandbox.RunAsync("audit");

        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.True(File.Exists(_sandbox.File("audit/accepted.json")));
        Assert.Equal(ExitCodes.Success, audit.ExitCode);
    }

    public void Dispose() => _sandbox.Dispose();
}
