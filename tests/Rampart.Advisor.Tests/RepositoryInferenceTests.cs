using Rampart.Advisor.Inference;

namespace Rampart.Advisor.Tests;

public sealed class RepositoryInferenceTests
{
    [Theory]
    [InlineData(1, "solo")]
    [InlineData(2, "2-5")]
    [InlineData(5, "2-5")]
    [InlineData(6, "6-15")]
    [InlineData(15, "6-15")]
    [InlineData(16, "15+")]
    public void Infer_RecentAuthors_MapToTeamSize(int authors, string team)
    {
        var answers = RepositoryInference.Infer(new RepositoryFacts { AuthorsLastYear = authors });

        Assert.Equal(team, answers["team"]);
        Assert.Equal(AnswerSource.Inferred, answers.Find("team")!.Source);
        Assert.Contains($"{authors} distinct git author(s)", answers.Find("team")!.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_NoHistoryOrNoRecentAuthor_LeavesTeamAndLifespanOpen()
    {
        Assert.False(RepositoryInference.Infer(new RepositoryFacts()).IsAnswered("team"));
        Assert.False(RepositoryInference.Infer(new RepositoryFacts()).IsAnswered("lifespan"));
        Assert.False(RepositoryInference.Infer(new RepositoryFacts { AuthorsLastYear = 0 }).IsAnswered("team"));
    }

    [Theory]
    [InlineData(181, "prototype")]
    [InlineData(182, "1-2y")]
    [InlineData(729, "1-2y")]
    [InlineData(730, "3y+")]
    public void Infer_HistoryAge_MapsToLifespan(int days, string lifespan)
    {
        Assert.Equal(lifespan, RepositoryInference.Infer(new RepositoryFacts { HistoryAge = TimeSpan.FromDays(days) })["lifespan"]);
    }

    [Theory]
    [InlineData(5, 20, 2, "crud")]
    [InlineData(6, 20, 2, "moderate")]
    [InlineData(5, 21, 2, "moderate")]
    [InlineData(5, 20, 3, "moderate")]
    [InlineData(25, 100, 8, "moderate")]
    [InlineData(26, 0, 1, "complex")]
    [InlineData(0, 101, 1, "complex")]
    [InlineData(0, 0, 9, "complex")]
    public void Infer_CodeSize_MapsToComplexity(int entities, int endpoints, int projects, string complexity)
    {
        var facts = new RepositoryFacts { EntityCount = entities, EndpointCount = endpoints, ProjectCount = projects };

        Assert.Equal(complexity, RepositoryInference.Infer(facts)["complexity"]);
    }

    [Theory]
    [InlineData(0, 0, "none")]
    [InlineData(1, 2, "few")]
    [InlineData(0, 4, "many")]
    [InlineData(2, 2, "many")]
    public void Infer_BrokersAndHttpClients_MapToIntegrations(int brokers, int httpClients, string integrations)
    {
        var facts = new RepositoryFacts { BrokerClients = [.. Enumerable.Range(0, brokers).Select(i => $"Broker{i}")], HttpClientCount = httpClients };

        Assert.Equal(integrations, RepositoryInference.Infer(facts)["integrations"]);
    }

    [Fact]
    public void Infer_HubsAndHostedServices_MapToRealTimeAndScheduledWork()
    {
        var answers = RepositoryInference.Infer(new RepositoryFacts { HubCount = 1, BackgroundServiceCount = 2 });

        Assert.Equal("notifications", answers["real-time"]);
        Assert.Equal("scheduled", answers["background"]);
        Assert.False(answers.IsAnswered("scaling"));
    }
}
