using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Audit.Baseline;
using Rampart.Audit.Reporting;
using Rampart.Audit.Tests.Support;
using Rampart.Testing;

namespace Rampart.Audit.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private static readonly JsonSchemaCheck SarifSchema = JsonSchemaCheck.FromFile(
        Path.Combine(AppContext.BaseDirectory, "Assets", "sarif-2.1.0-subset.schema.json"), Json.Schema.Dialect.Draft07);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Sarif_FlawedBackendAudit_ValidatesAndListsExactlyTheExpectedFindings()
    {
        _folder.WithFixture("flawed-backend");
        var result = await new AuditRunner().RunAsync(new AuditOptions { Path = _folder.Path });

        using var sarif = JsonDocument.Parse(Write(SarifReportWriter.Write, result));

        Assert.Empty(SarifSchema.Violations(sarif.RootElement));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.Matches("^[0-9a-f]{32}$", r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString());
            return $"{r.GetProperty("ruleId").GetString()} {location.GetProperty("artifactLocation").GetProperty("uri").GetString()}:{location.GetProperty("region").GetProperty("startLine").GetInt32()}";
        });
        Assert.Equal(ExpectedFindings.Read(_folder.Path), results.Order(StringComparer.Ordinal));
        Assert.All(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), rule =>
        {
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()));
        });
    }

    [Theory]
    [InlineData("$.runs[0].results[0].level", "\"fatal\"", "/runs/0/results/0/level enum:")]
    [InlineData("$.runs[0].results[0].locations[0].physicalLocation.region.startLine", "0", "/runs/0/results/0/locations/0/physicalLocation/region/startLine minimum:")]
    [InlineData("$.runs[0].results[0].message", "{}", "/runs/0/results/0/message required:")]
    [InlineData("$.runs[0].results[0].severity", "\"high\"", "/runs/0/results/0/severity false:")]
    [InlineData("$.runs[0].tool.driver.rules[0].defaultConfiguration.level", "\"critical\"", "/runs/0/tool/driver/rules/0/defaultConfiguration/level enum:")]
    [InlineData("$.version", "\"2.0.0\"", "/version enum:")]
    [InlineData("$.runs[0].tool.driver.informationUri", "\"not a uri\"", "/runs/0/tool/driver/informationUri format:")]
    public void SchemaValidator_BrokenSarif_ReportsTheError(string path, string replacement, string expected)
    {
        var node = JsonNode.Parse(Write(SarifReportWriter.Write, Sample()))!;
        Set(node, path, JsonNode.Parse(replacement));

        var errors = SarifSchema.Violations(node.ToJsonString());

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_BaselinedFinding_MarkedUnchangedAndSuppressedExternally()
    {
        using var sarif = JsonDocument.Parse(Write(SarifReportWriter.Write, Sample()));

        Assert.Empty(SarifSchema.Violations(sarif.RootElement));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal("new", results[0].GetProperty("baselineState").GetString());
        Assert.False(results[0].TryGetProperty("suppressions", out _));
        Assert.Equal("unchanged", results[1].GetProperty("baselineState").GetString());
        Assert.Equal("external", results[1].GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("src/My%20Api/Orders.cs", results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("error", results[0].GetProperty("level").GetString());
        Assert.Equal("note", results[1].GetProperty("level").GetString());
    }

    [Fact]
    public void Json_Report_SummaryRulesAndFindings()
    {
        using var json = JsonDocument.Parse(Write(JsonReportWriter.Write, Sample()));
        var root = json.RootElement;

        Assert.Equal("warning", root.GetProperty("minimumSeverity").GetString());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("findings").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("new").GetInt32());
        Assert.False(root.GetProperty("summary").GetProperty("passed").GetBoolean());
        var first = root.GetProperty("findings")[0];
        Assert.Equal("TST0001", first.GetProperty("ruleId").GetString());
        Assert.Equal("Call Fine() instead.", first.GetProperty("fix").GetString());
        Assert.Equal("src/Api/Program.cs", first.GetProperty("path").GetString());
        Assert.Equal(12, first.GetProperty("line").GetInt32());
        Assert.True(root.GetProperty("findings")[1].GetProperty("baselined").GetBoolean());
    }

    [Fact]
    public void Json_IncompleteAudit_ListsProjectsWithReasonsAndDoesNotPass()
    {
        using var json = JsonDocument.Parse(Write(JsonReportWriter.Write, Incomplete()));
        var root = json.RootElement;

        Assert.False(root.GetProperty("summary").GetProperty("complete").GetBoolean());
        Assert.False(root.GetProperty("summary").GetProperty("passed").GetBoolean());
        Assert.Equal("source", root.GetProperty("summary").GetProperty("loader").GetString());
        var project = Assert.Single(root.GetProperty("incomplete").EnumerateArray());
        Assert.Equal("src/Api/Api.csproj", project.GetProperty("path").GetString());
        Assert.Equal("package(s) not restored: Dapper 2.1.86", project.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public void Sarif_IncompleteAudit_InvocationNotificationPerProjectAndValid()
    {
        using var sarif = JsonDocument.Parse(Write(SarifReportWriter.Write, Incomplete()));

        Assert.Empty(SarifSchema.Violations(sarif.RootElement));
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.False(invocation.GetProperty("properties").GetProperty("complete").GetBoolean());
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Equal(2, notifications.Count);
        Assert.Equal("warning", notifications[0].GetProperty("level").GetString());
        Assert.Contains("Project Api was audited incompletely: package(s) not restored: Dapper 2.1.86", notifications[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("src/Api/Api.csproj", notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("note", notifications[1].GetProperty("level").GetString());
    }

    [Fact]
    public void Json_SameResult_SameBytes() =>
        Assert.Equal(Write(JsonReportWriter.Write, Sample()), Write(JsonReportWriter.Write, Sample()));

    public void Dispose() => _folder.Dispose();

    private static AuditResult Sample()
    {
        var rules = Analysis.AnalyzerCatalog.RulesOf(FlawAnalyzer.Set);
        ImmutableArray<AuditFinding> findings =
        [
            new("TST0001", AuditSeverity.Error, "'Flaw' is a flaw", "src/Api/Program.cs", 12, 5, 12, 11, FindingFingerprint.Compute("TST0001", "src/Api/Program.cs", "Flaw();", "<top-level>", 0)),
            new("TST0002", AuditSeverity.Info, "'Danger' is dangerous", "src/My Api/Orders.cs", 3, 9, 3, 17, FindingFingerprint.Compute("TST0002", "src/My Api/Orders.cs", "Danger();", "Orders.Run()", 0), IsBaselined: true),
        ];
        return new AuditResult(rules, findings, AuditSeverity.Warning, new AuditStatistics(1, 2, 40, TimeSpan.FromSeconds(1)), [],
            new AuditLoading(true, "MSBuild of .NET SDK 10.0.100"), []);
    }

    private static AuditResult Incomplete() => Sample() with
    {
        Loading = new AuditLoading(false, "source-level loader: no .NET SDK was found"),
        IncompleteProjects = [new IncompleteProject("Api", "src/Api/Api.csproj", ["package(s) not restored: Dapper 2.1.86"])],
    };

    private static string Write(Action<AuditResult, Stream> writer, AuditResult result)
    {
        using var stream = new MemoryStream();
        writer(result, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = System.Text.RegularExpressions.Regex.Matches(path[2..], @"([^.\[\]]+)|\[(\d+)\]").Select(m => m.Value).ToList();
        var node = root;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            node = parts[i].StartsWith('[') ? node[int.Parse(parts[i].Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)]! : node[parts[i]]!;
        }

        var last = parts[^1];
        if (last.StartsWith('['))
        {
            node[int.Parse(last.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node[last] = value;
        }
    }
}
