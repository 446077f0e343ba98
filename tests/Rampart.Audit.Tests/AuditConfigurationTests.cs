using Rampart.Audit.Configuration;
using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

public sealed class AuditConfigurationTests : IDisposable
{
    private const string Source = """
        public static class Work
        {
            public static void Run() { Flaw(); Danger(); Quiet(); }
            private static void Flaw() { }
            private static void Danger() { }
            private static void Quiet() { }
        }
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public void Parse_AllProperties_Read()
    {
        var configuration = AuditConfiguration.Parse("""
            {
              // comments are allowed
              "minimumSeverity": "error",
              "baseline": "audit/baseline.json",
              "exclude": ["**/Migrations/**", "*.g.cs"],
              "rules": { "RMP3001": "off", "rmp5001": "error" },
            }
            """);

        Assert.Equal(AuditSeverity.Error, configuration.MinimumSeverity);
        Assert.Equal("audit/baseline.json", configuration.Baseline);
        Assert.Null(configuration.Rules["RMP3001"]);
        Assert.Equal(AuditSeverity.Error, configuration.Rules["RMP5001"]);
        Assert.True(configuration.IsExcluded("src/Data/Migrations/0001_Init.cs"));
        Assert.True(configuration.IsExcluded("src/Api/Client.g.cs"));
        Assert.False(configuration.IsExcluded("src/Api/Client.cs"));
    }

    [Theory]
    [InlineData("""{ "minimumSeverity": "loud" }""", "loud")]
    [InlineData("""{ "rules": { "RMP1": "maybe" } }""", "maybe")]
    [InlineData("""{ "exclude": "bin" }""", "exclude")]
    [InlineData("""{ "rules": [] }""", "rules")]
    [InlineData("""{ "severity": "error" }""", "unknown property 'severity'")]
    [InlineData("[1]", "JSON object")]
    [InlineData("{ nope", "not valid JSON")]
    public void Parse_Invalid_ThrowsNamingTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<AuditException>(() => AuditConfiguration.Parse(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("docs/audit.md", ex.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoFile_Empty() => Assert.Same(AuditConfiguration.Empty, AuditConfiguration.Load(_folder.Path));

    [Fact]
    public async Task Run_RuleOffAndSeverityRaised_Applied()
    {
        _folder.Write("Work.cs", Source);
        _folder.Write(".rampart.json", """{ "rules": { "TST0001": "off", "TST0003": "info" }, "minimumSeverity": "info" }""");

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Equal(["TST0002", "TST0003"], result.Findings.Select(f => f.RuleId));
        Assert.Equal(AuditSeverity.Info, result.Findings[1].Severity);
        Assert.DoesNotContain(result.Rules, r => r.Id == "TST0001");
    }

    [Fact]
    public async Task Run_ExcludedFolder_NotAudited()
    {
        _folder.Write("Work.cs", Source);
        _folder.Write("Legacy/Old.cs", Source.Replace("class Work", "class Old", StringComparison.Ordinal));
        _folder.Write(".rampart.json", """{ "exclude": ["Legacy/"] }""");

        var result = await Audits.RunAsync(_folder.Path);

        Assert.All(result.Findings, f => Assert.Equal("Work.cs", f.Path));
        Assert.Equal(1, result.Statistics.Files);
    }

    [Fact]
    public async Task Run_EditorConfigSeverities_AppliedPerPath()
    {
        _folder.Write("Work.cs", Source);
        _folder.Write("Legacy/Old.cs", Source.Replace("class Work", "class Old", StringComparison.Ordinal));
        _folder.Write(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.TST0001.severity = error

            [Legacy/**.cs]
            dotnet_diagnostic.TST0001.severity = none
            dotnet_analyzer_diagnostic.category-Security.severity = suggestion
            """);

        var result = await Audits.RunAsync(_folder.Path, minimum: AuditSeverity.Info);

        Assert.Equal(["TST0002 Legacy/Old.cs:3", "TST0001 Work.cs:3", "TST0002 Work.cs:3"], Audits.Keys(result));
        Assert.Equal(AuditSeverity.Info, result.Findings[0].Severity);
        Assert.Equal(AuditSeverity.Error, result.Findings[1].Severity);
    }

    [Fact]
    public async Task Run_GlobalConfig_TurnsRuleOff()
    {
        _folder.Write("Work.cs", Source);
        _folder.Write("audit.globalconfig", "is_global = true\ndotnet_diagnostic.TST0002.severity = none\n");

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Equal(["TST0001"], result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public async Task Run_RampartJsonBeatsEditorConfig()
    {
        _folder.Write("Work.cs", Source);
        _folder.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TST0001.severity = none\n");
        _folder.Write(".rampart.json", """{ "rules": { "TST0001": "warning" } }""");

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Contains(result.Findings, f => f.RuleId == "TST0001");
    }

    [Fact]
    public async Task Run_Threshold_FiltersLowerSeverities()
    {
        _folder.Write("Work.cs", Source);

        var result = await Audits.RunAsync(_folder.Path, minimum: AuditSeverity.Error);

        Assert.Equal(["TST0002"], result.Findings.Select(f => f.RuleId));
        Assert.Equal(AuditSeverity.Error, result.MinimumSeverity);
    }

    [Fact]
    public async Task Run_RuleFilter_OnlySelectedRules()
    {
        _folder.Write("Work.cs", Source);

        var result = await Audits.RunAsync(_folder.Path, rules: ["tst0002"]);

        Assert.Equal(["TST0002"], result.Findings.Select(f => f.RuleId));
        Assert.Equal(["TST0002"], result.Rules.Select(r => r.Id));
    }

    [Fact]
    public async Task Run_UnknownRule_ThrowsListingKnownIds()
    {
        _folder.Write("Work.cs", Source);

        var ex = await Assert.ThrowsAsync<AuditException>(() => Audits.RunAsync(_folder.Path, rules: ["NOPE1"]));

        Assert.Contains("NOPE1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("TST0001", ex.Fix, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
