using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Tests.Audit;

/// <summary>Audits the flawed sample backend through the real command line and checks every format's exact findings.</summary>
public sealed partial class AuditEndToEndTests : IDisposable
{
    private readonly AuditSandbox _sandbox = new();

    [Fact]
    public async Task Audit_Table_ExactFindingsGroupedByRuleWithFixes()
    {
        var run = await _sandbox.RunAsync("audit", ".");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var found = new List<string>();
        string? rule = null;
        foreach (var line in run.Out.Split('\n'))
        {
            if (RuleHeader().Match(line) is { Success: true } header)
            {
                rule = header.Groups["rule"].Value;
            }
            else if (TableRow().Match(line) is { Success: true } row)
            {
                found.Add($"{rule} {row.Groups["location"].Value}");
            }
        }

        Assert.Equal(_sandbox.Expected(), found.Order(StringComparer.Ordinal));
        Assert.Contains("  fix: Load everything in one query before the loop", run.Out, StringComparison.Ordinal);
        Assert.Contains("  why and how: rampart audit --explain RMP3001", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\d+ finding\(s\) at or above info: \d+ new, 0 baselined\.", run.Out);
    }

    [Fact]
    public async Task Audit_JsonToFile_ExactFindingsAndStdoutHasOnlyTheSummary()
    {
        var run = await _sandbox.RunAsync("audit", ".", "--format", "json", "--output", "out/audit.json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("report written to out/audit.json", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(_sandbox.File("out/audit.json")));
        var found = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}:{f.GetProperty("line").GetInt32()}");
        Assert.Equal(_sandbox.Expected(), found.Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(_sandbox.File("out"), "*.tmp"));
    }

    [Fact]
    public async Task Audit_Sarif_ExactFindingsWithRelativeUris()
    {
        var run = await _sandbox.RunAsync("audit", "FlawedBackend.csproj", "--format", "sarif");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Out);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var found = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            return $"{r.GetProperty("ruleId").GetString()} {location.GetProperty("artifactLocation").GetProperty("uri").GetString()}:{location.GetProperty("region").GetProperty("startLine").GetInt32()}";
        });
        Assert.Equal(_sandbox.Expected(), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Audit_TableToFile_PlainTextWithoutColourCodes()
    {
        var run = await _sandbox.RunAsync("audit", "--output", "audit.txt");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var text = File.ReadAllText(_sandbox.File("audit.txt"));
        Assert.Contains("Features/Orders/OrderEndpoints.cs:20", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Audit_SeverityError_OnlyErrorFindings()
    {
        var run = await _sandbox.RunAsync("audit", "--severity", "error", "--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("RMP5001", finding.GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Audit_RulesFilterWithNoFindings_ExitsZero()
    {
        var run = await _sandbox.RunAsync("audit", "--rules", "RMP1002");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("0 finding(s)", run.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();

    [GeneratedRegex(@"^(?<rule>[A-Z]+\d+)\s{2}(error|warning|info)\s{2}")]
    private static partial Regex RuleHeader();

    [GeneratedRegex(@"^│ (?<location>\S+\.cs:\d+)\s+│")]
    private static partial Regex TableRow();
}
