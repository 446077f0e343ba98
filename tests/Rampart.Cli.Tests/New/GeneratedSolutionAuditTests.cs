using System.Text.Json;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Tests.New;

/// <summary>
/// What <c>rampart new</c> writes, once restored, passes <c>rampart audit</c> at every severity, info included: for every
/// pattern the CLI ships, with and without the Shop example, on both brokers (the rabbitmq rows with the Redis cache as
/// well, and GraphQL beside REST where the pattern serves it), and when the advisor chooses the pattern.
/// </summary>
public sealed class GeneratedSolutionAuditTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, string, string> Variants()
    {
        var variants = new TheoryData<string, string, string>();
        foreach (var pattern in ShippedPatterns())
        {
            foreach (var example in new[] { "none", "shop" })
            {
                foreach (var broker in new[] { "inprocess", "rabbitmq" })
                {
                    variants.Add(pattern, example, broker);
                }
            }
        }

        return variants;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task NewThenAudit_EveryPatternExampleAndBroker_NoFindingsAtAnySeverity(string pattern, string example, string broker)
    {
        var solution = _cli.PathOf("Shop");
        var api = broker == "rabbitmq" && pattern == "modular-monolith" ? "both" : "rest";
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", pattern, "--example", example, "--broker", broker, "--cache", broker == "rabbitmq" ? "redis" : "memory", "--api", api, "--output", solution));

        await AssertAuditsCleanAsync(solution);
    }

    [Fact]
    public async Task NewThenAudit_AdvisorChoosesThePattern_NoFindingsAtAnySeverity()
    {
        var solution = _cli.PathOf("Orders");
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Orders", "--team", "6-15", "--complexity", "complex", "--output", solution));
        Assert.True(File.Exists(Path.Combine(solution, "docs", "adr", "0001-architecture.md")));

        await AssertAuditsCleanAsync(solution);
    }

    private async Task AssertAuditsCleanAsync(string solution)
    {
        // --restore: the audit reads the packages' assemblies from the restore's output, so a solution nothing has
        // restored yet on this machine (the first run on a fresh one) would be reported incomplete (exit code 5).
        var report = _cli.PathOf("audit.json");
        var code = await _cli.RunAsync("audit", solution, "--severity", "info", "--restore", "--format", "json", "--output", report);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var findings = json.RootElement.GetProperty("findings");
        Assert.True(findings.GetArrayLength() == 0, $"rampart audit found: {findings}");
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("files").GetInt32() > 0);
        Assert.True(json.RootElement.GetProperty("warnings").GetArrayLength() == 0, $"rampart audit warned: {json.RootElement.GetProperty("warnings")}");
        Assert.Equal(ExitCodes.Success, code);
    }

    private static IEnumerable<string> ShippedPatterns() =>
        Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "templates", "patterns"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
}
