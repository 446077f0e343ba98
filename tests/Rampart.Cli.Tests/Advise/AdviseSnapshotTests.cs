using Rampart.Cli.Tests.Support;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Advise;

public sealed class AdviseSnapshotTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("default")]
    [InlineData("solo-prototype", "--team", "solo", "--lifespan", "prototype", "--complexity", "crud", "--time-to-market", "asap", "--scaling", "single")]
    [InlineData("senior-complex", "--experience", "senior", "--complexity", "complex", "--lifespan", "3y+", "--read-write", "divergent", "--background", "event-driven", "--team", "6-15")]
    [InlineData("integrations", "--integrations", "many", "--testability", "critical", "--real-time", "notifications", "--queries", "deep-relations", "--sign-in", "external-provider", "--scaling", "microservices")]
    public async Task Advise_Profile_HumanOutputAndAdrMatchSnapshots(string profile, params string[] flags)
    {
        var run = await CliRun.RunAsync(_temp.Path, ["advise", "--adr", "adr.md", .. flags]);

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Out, $"advise-{profile}.txt");
        Snapshot.Match(File.ReadAllText(_temp.Combine("adr.md")), $"adr-{profile}.md");
    }
}
