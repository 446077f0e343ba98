using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Rampart.Advisor;
using Rampart.Advisor.Adr;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.Support;

namespace Rampart.Cli.Tests.Advise;

public sealed class AdviseCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Advise_JsonWithoutAnswers_RecommendsModularMonolithAndListsDefaults()
    {
        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal("modular-monolith", json["pattern"]!.GetValue<string>());
        Assert.Equal(Questionnaire.Questions.Count, json["defaulted"]!.AsArray().Count);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Advise_SeedRowFlags_RecommendStandardAndMarkFlagsAsSuch()
    {
        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json", "--team", "solo", "--lifespan", "prototype", "--complexity", "crud", "--time-to-market", "asap");

        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal("standard", json["pattern"]!.GetValue<string>());
        var team = json["answers"]!.AsArray().Single(a => a!["question"]!.GetValue<string>() == "team")!;
        Assert.Equal("flag", team["source"]!.GetValue<string>());
        Assert.DoesNotContain("team", json["defaulted"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task Advise_UnknownOptionValue_ExitsUsageListingValidAnswers()
    {
        var run = await CliRun.RunAsync(_temp.Path, "advise", "--lifespan", "forever");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("'forever' is not a valid answer to --lifespan. Valid answers: prototype, 1-2y, 3y+.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_UnknownFlag_ExitsUsage()
    {
        var run = await CliRun.RunAsync(_temp.Path, "advise", "--budget", "low");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--budget", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_FromMissingFolder_ExitsInvalidInputWithFix()
    {
        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json", "--from", "no-such-repo");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: Cannot read the repository 'no-such-repo': no such folder.", run.Error, StringComparison.Ordinal);
        Assert.Contains("fix:", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Advise_FromFile_ExitsInvalidInput()
    {
        File.WriteAllText(_temp.Combine("notes.txt"), "not a repository");

        var run = await CliRun.RunAsync(_temp.Path, "advise", "--from", "notes.txt");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("it is a file, not a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_Adr_WritesTheWritersMarkdownDatedByTheInjectedClock()
    {
        var run = await CliRun.RunAsync(_temp.Path, "advise", "--adr", "docs/adr/0001-architecture.md", "--complexity", "complex", "--experience", "senior", "--lifespan", "3y+");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var written = File.ReadAllText(_temp.Combine("docs", "adr", "0001-architecture.md"));
        var answers = AnswerSet.Empty.With("complexity", "complex").With("experience", "senior").With("lifespan", "3y+");
        Assert.Equal(new AdrWriter(new FakeTimeProvider(CliRun.Now)).Write(ArchitectureAdvisor.Recommend(answers)), written);
        Assert.Contains("Accepted (2026-03-14)", written, StringComparison.Ordinal);
        Assert.Equal(["docs/adr/0001-architecture.md"], _temp.Files());
        Assert.Contains("ADR written to docs/adr/0001-architecture.md", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_BackgroundScheduled_PrintsRampartNewWithJobsAndNamesTheJobsBlock()
    {
        var run = await CliRun.RunAsync(_temp.Path, "advise", "--adr", "decision.md", "--background", "scheduled", "--scaling", "single");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var command = ArchitectureAdvisor.Recommend(AnswerSet.Empty.With("background", "scheduled").With("scaling", "single")).NewCommand;
        Assert.EndsWith(" --jobs", command, StringComparison.Ordinal);
        Assert.Contains($"Generate it\n  {command}\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Background jobs:  Rampart jobs block (Quartz.NET, clustered on PostgreSQL)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("BackgroundService", run.Out, StringComparison.Ordinal);
        var adr = File.ReadAllText(_temp.Combine("decision.md"));
        Assert.Contains($"Generate it with `{command}`.", adr, StringComparison.Ordinal);
        Assert.Contains("**Rampart jobs block (Quartz.NET, clustered on PostgreSQL)**", adr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_AdrReplacesExistingFileWholly()
    {
        File.WriteAllText(_temp.Combine("decision.md"), new string('x', 100_000));

        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json", "--adr", "decision.md");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("# 0001. Architecture: Modular monolith\n", File.ReadAllText(_temp.Combine("decision.md")), StringComparison.Ordinal);
        Assert.Equal(["decision.md"], _temp.Files());
    }

    [Fact]
    public async Task Advise_AdrPathIsAFolder_ExitsInvalidInputAndWritesNothing()
    {
        Directory.CreateDirectory(_temp.Combine("docs"));

        var run = await CliRun.RunAsync(_temp.Path, "advise", "--adr", "docs");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("Cannot write the ADR to", run.Error, StringComparison.Ordinal);
        Assert.Contains("it is a folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(_temp.Files());
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Advise_AdrUnderAFile_ExitsInvalidInputAndLeavesNoTemporaryFile()
    {
        File.WriteAllText(_temp.Combine("docs"), "a file where a folder is needed");

        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json", "--adr", "docs/adr/0001-architecture.md");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("is a file, not a folder", run.Error, StringComparison.Ordinal);
        Assert.Contains("fix: Pass --adr a file path in a folder you can write to", run.Error, StringComparison.Ordinal);
        Assert.Equal(["docs"], _temp.Files());
        Assert.Equal("a file where a folder is needed", File.ReadAllText(_temp.Combine("docs")));
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Advise_JsonNeverPrompts_EvenWhenNoAnswerIsGiven()
    {
        // Non-interactive context: the prompter must not be used; defaults fill in.
        var run = await CliRun.RunAsync(_temp.Path, "advise", "--json", "--no-prompt");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(JsonNode.Parse(run.Out)!["answers"]!.AsArray(), a => Assert.Equal("default", a!["source"]!.GetValue<string>()));
    }
}
