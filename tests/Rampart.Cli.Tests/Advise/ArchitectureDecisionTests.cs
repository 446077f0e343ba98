using Microsoft.Extensions.Time.Testing;
using Rampart.Advisor;
using Rampart.Cli.Advise;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.Support;

namespace Rampart.Cli.Tests.Advise;

public sealed class ArchitectureDecisionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task DecideAndRecord_Flags_RecommendAndRecordAdrInTheSolution()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, _temp.Path, isInteractive: false, useColor: false)
        {
            Time = new FakeTimeProvider(CliRun.Now),
        };
        var flags = AnswerSet.Empty.With("integrations", "many").With("testability", "critical");

        var recommendation = ArchitectureDecision.Decide(context, flags, prompt: true);
        await ArchitectureDecision.RecordAsync(context, recommendation, _temp.Combine("Shop"), CancellationToken.None);

        Assert.Equal(ArchitecturePattern.Hexagonal, recommendation.Pattern);
        var adr = File.ReadAllText(_temp.Combine("Shop", "docs", "adr", "0001-architecture.md"));
        Assert.StartsWith("# 0001. Architecture: Hexagonal (ports and adapters)\n", adr, StringComparison.Ordinal);
        Assert.Contains("Accepted (2026-03-14)", adr, StringComparison.Ordinal);
    }
}
