using Microsoft.Extensions.Time.Testing;
using Rampart.Advisor.Adr;
using Rampart.Advisor.Tests.Support;
using Rampart.Testing;

namespace Rampart.Advisor.Tests;

public sealed class AdrWriterTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_SameInputAndClock_IsDeterministic_AndDatedByTheClock()
    {
        var recommendation = ArchitectureAdvisor.Recommend(AnswerSet.Empty);

        var first = new AdrWriter(new FakeTimeProvider(Noon)).Write(recommendation);
        var second = new AdrWriter(new FakeTimeProvider(Noon)).Write(recommendation);
        var later = new AdrWriter(new FakeTimeProvider(Noon.AddDays(40))).Write(recommendation);

        Assert.Equal(first, second);
        Assert.Contains("Accepted (2026-01-02)", first, StringComparison.Ordinal);
        Assert.Contains("Accepted (2026-02-11)", later, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HasEverySectionInOrder()
    {
        var adr = new AdrWriter(new FakeTimeProvider(Noon)).Write(ArchitectureAdvisor.Recommend(Answers.Of("team=solo")));

        var sections = new[] { "# 0001. Architecture:", "## Status", "## Context", "## Decision", "## Consequences", "## Alternatives considered", "## Revisit when" };
        var positions = sections.Select(s => adr.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("\r", adr, StringComparison.Ordinal);
        Assert.EndsWith("\n", adr, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Options_SetNumberTitleAndStatus()
    {
        var options = new AdrOptions { Number = 12, Title = "Choose the shape of Billing", Status = "Proposed" };

        var adr = new AdrWriter(new FakeTimeProvider(Noon)).Write(ArchitectureAdvisor.Recommend(AnswerSet.Empty), options);

        Assert.StartsWith("# 0012. Choose the shape of Billing\n", adr, StringComparison.Ordinal);
        Assert.Contains("Proposed (2026-01-02)", adr, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InferredAnswer_ShowsItsEvidence()
    {
        var answers = AnswerSet.Empty.With("team", "6-15", AnswerSource.Inferred, "9 distinct git author(s) in the last year");

        var adr = new AdrWriter(new FakeTimeProvider(Noon)).Write(ArchitectureAdvisor.Recommend(answers));

        Assert.Contains("| Team size | 6-15 people (`6-15`) | inferred: 9 distinct git author(s) in the last year |", adr, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Profile_MatchesSnapshot()
    {
        var answers = Answers.Of("integrations=many", "testability=critical", "background=scheduled", "lifespan=3y+");

        Snapshot.Match(new AdrWriter(new FakeTimeProvider(Noon)).Write(ArchitectureAdvisor.Recommend(answers)), "adr-hexagonal.md");
    }
}
