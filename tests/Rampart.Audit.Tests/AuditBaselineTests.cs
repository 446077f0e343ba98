using Rampart.Audit.Baseline;
using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

public sealed class AuditBaselineTests : IDisposable
{
    private const string Source = """
        namespace Sample;

        public static class Orders
        {
            public static void Place()
            {
                Flaw();
                Flaw();
            }

            public static void Cancel() => Flaw();

            private static void Flaw() { }
        }
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Baseline_LinesInsertedAndCodeReindented_EveryFindingStillBaselined()
    {
        _folder.Write("Orders.cs", Source);
        var baselinePath = SaveBaseline(await Audits.RunAsync(_folder.Path));
        _folder.Write("Orders.cs", "// A header comment\n// and another line\n\n" + Source.Replace("    Flaw();", "        Flaw();", StringComparison.Ordinal));

        var result = await Audits.RunAsync(_folder.Path, baseline: baselinePath);

        Assert.Equal(3, result.Findings.Length);
        Assert.All(result.Findings, f => Assert.True(f.IsBaselined));
        Assert.True(result.Passed);
        Assert.Equal(10, result.Findings[0].Line);
    }

    [Fact]
    public async Task Baseline_NewFlawAdded_OnlyTheNewFindingFails()
    {
        _folder.Write("Orders.cs", Source);
        var baselinePath = SaveBaseline(await Audits.RunAsync(_folder.Path));
        _folder.Write("Orders.cs", Source.Replace("public static void Cancel() => Flaw();", "public static void Cancel() => Flaw();\n\n    public static void Refund() => Flaw();", StringComparison.Ordinal));

        var result = await Audits.RunAsync(_folder.Path, baseline: baselinePath);

        var fresh = Assert.Single(result.NewFindings);
        Assert.Equal(13, fresh.Line);
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task Baseline_OneOfTwoIdenticalFlawsFixed_NothingNew()
    {
        _folder.Write("Orders.cs", Source);
        var baselinePath = SaveBaseline(await Audits.RunAsync(_folder.Path));
        _folder.Write("Orders.cs", Source.Replace("        Flaw();\n        Flaw();", "        Flaw();", StringComparison.Ordinal));

        var result = await Audits.RunAsync(_folder.Path, baseline: baselinePath);

        Assert.Equal(2, result.Findings.Length);
        Assert.True(result.Passed);
    }

    [Fact]
    public async Task Fingerprints_IdenticalLinesInOneMember_Distinct()
    {
        _folder.Write("Orders.cs", Source);

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Equal(3, result.Findings.Select(f => f.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void SaveAndLoad_RoundTrip_KeepsEntriesSorted()
    {
        var findings = new[]
        {
            new AuditFinding("TST0001", AuditSeverity.Warning, "m2", "b.cs", 1, 1, 1, 2, "ffff"),
            new AuditFinding("TST0001", AuditSeverity.Warning, "m1", "a.cs", 1, 1, 1, 2, "aaaa"),
        };
        var path = Path.Combine(_folder.Path, "baseline.json");

        AuditBaseline.From(findings).Save(path);
        var loaded = AuditBaseline.Load(path);

        Assert.Equal(["a.cs", "b.cs"], loaded.Entries.Select(e => e.Path));
        Assert.True(loaded.Accepts(findings[0]));
        Assert.DoesNotContain(Directory.GetFiles(_folder.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{ "findings": [] }""")]
    [InlineData("""{ "version": 2, "findings": [] }""")]
    [InlineData("""{ "version": 1, "findings": [ { "ruleId": "X" } ] }""")]
    public void Load_Malformed_ThrowsNamingTheFileAndTheFix(string content)
    {
        var path = _folder.Write("baseline.json", content);

        var ex = Assert.Throws<AuditException>(() => AuditBaseline.Load(path));

        Assert.Contains("baseline.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--update-baseline", ex.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Missing_ThrowsWithTheFix()
    {
        var ex = Assert.Throws<AuditException>(() => AuditBaseline.Load(Path.Combine(_folder.Path, "none.json")));

        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--update-baseline", ex.Fix, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string SaveBaseline(AuditResult result)
    {
        Assert.Equal(3, result.Findings.Length);
        var path = Path.Combine(_folder.Path, ".rampart-baseline.json");
        AuditBaseline.From(result.Findings).Save(path);
        return path;
    }
}
