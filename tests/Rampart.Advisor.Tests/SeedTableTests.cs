using Rampart.Advisor.Tests.Support;

namespace Rampart.Advisor.Tests;

public sealed class SeedTableTests
{
    [Fact]
    public void Recommend_NoAnswers_ReturnsSeedsDefaultModularMonolith()
    {
        var recommendation = ArchitectureAdvisor.Recommend(AnswerSet.Empty);

        Assert.Equal(ArchitecturePattern.ModularMonolith, recommendation.Pattern);
        Assert.Equal(Questionnaire.Questions.Count, recommendation.Defaulted.Count);
        Assert.Contains(recommendation.Rationale, line => line.Contains("seeds' default", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_SoloPrototypeCrudAsap_ReturnsStandard()
    {
        var answers = Answers.Of("team=solo", "lifespan=prototype", "complexity=crud", "time-to-market=asap");

        Assert.Equal(ArchitecturePattern.Standard, ArchitectureAdvisor.Recommend(answers).Pattern);
    }

    [Fact]
    public void Recommend_SmallTeamModerateMaySplit_ReturnsModularMonolith()
    {
        var answers = Answers.Of("team=2-5", "complexity=moderate", "scaling=may-split");

        Assert.Equal(ArchitecturePattern.ModularMonolith, ArchitectureAdvisor.Recommend(answers).Pattern);
    }

    [Fact]
    public void Recommend_SeniorComplexLongTerm_ReturnsClean()
    {
        var answers = Answers.Of("experience=senior", "complexity=complex", "lifespan=3y+");

        Assert.Equal(ArchitecturePattern.Clean, ArchitectureAdvisor.Recommend(answers).Pattern);
    }

    [Fact]
    public void Recommend_ManyIntegrationsTestabilityCritical_ReturnsHexagonal()
    {
        var answers = Answers.Of("integrations=many", "testability=critical");

        Assert.Equal(ArchitecturePattern.Hexagonal, ArchitectureAdvisor.Recommend(answers).Pattern);
    }

    [Fact]
    public void Recommend_SmallTeamSingleServiceAsap_ReturnsVerticalSlice()
    {
        var answers = Answers.Of("team=2-5", "scaling=single", "time-to-market=asap");

        Assert.Equal(ArchitecturePattern.VerticalSlice, ArchitectureAdvisor.Recommend(answers).Pattern);
    }

    [Fact]
    public void Recommend_ManyIntegrationsAlone_StaysModularMonolith()
    {
        // The seed row needs both many integrations and critical testability; one of them alone is not enough.
        var recommendation = ArchitectureAdvisor.Recommend(Answers.Of("integrations=many"));

        Assert.Equal(ArchitecturePattern.ModularMonolith, recommendation.Pattern);
        Assert.Contains(recommendation.Flips, f => f.Question.Id == "testability" && f.To.Id == "critical" && f.Pattern == ArchitecturePattern.Hexagonal);
    }

    [Fact]
    public void Recommend_SingleServiceAlone_ReturnsVerticalSliceAheadOfModularMonolith()
    {
        var recommendation = ArchitectureAdvisor.Recommend(Answers.Of("scaling=single"));

        Assert.Equal(ArchitecturePattern.VerticalSlice, recommendation.Pattern);
        Assert.Equal(ArchitecturePattern.ModularMonolith, recommendation.RunnerUp.Pattern);
        Assert.Equal(1, recommendation.Margin);
    }

    [Fact]
    public void Recommend_NoAnswers_ScoresAsDocumented()
    {
        var scores = ArchitectureAdvisor.Recommend(AnswerSet.Empty).Scores;

        Assert.Equal(
            [(ArchitecturePattern.ModularMonolith, 8), (ArchitecturePattern.VerticalSlice, 3), (ArchitecturePattern.Clean, 0), (ArchitecturePattern.Hexagonal, 0), (ArchitecturePattern.Standard, -1)],
            scores.Select(s => (s.Pattern, s.Points)));
    }

    [Fact]
    public void Recommend_ThreeWayTie_GoesToModularMonolithThenStandard()
    {
        // solo + asap with other defaults: standard, modular-monolith and vertical-slice all score 4.
        var recommendation = ArchitectureAdvisor.Recommend(Answers.Of("team=solo", "time-to-market=asap"));

        Assert.Equal([4, 4, 4], recommendation.Scores.Take(3).Select(s => s.Points));
        Assert.Equal(ArchitecturePattern.ModularMonolith, recommendation.Pattern);
        Assert.Equal(ArchitecturePattern.Standard, recommendation.RunnerUp.Pattern);
        Assert.Equal(0, recommendation.Margin);
        Assert.Contains("tied", recommendation.Rationale[0], StringComparison.Ordinal);
    }
}
