using Rampart.Advisor.Tests.Support;

namespace Rampart.Advisor.Tests;

public sealed class TechnologyAdviceTests
{
    [Fact]
    public void Recommend_Defaults_PostgreSqlInProcessInMemoryRestOwnAccountsSingleModel()
    {
        var t = ArchitectureAdvisor.Recommend(AnswerSet.Empty).Technology;

        Assert.Equal("postgresql", t.Database.Id);
        Assert.Contains(t.Database.Reasons, r => r.Contains("ACID", StringComparison.Ordinal));
        Assert.Equal("in-process", t.Messaging.Id);
        Assert.Equal("in-memory", t.Caching.Id);
        Assert.Equal(["rest"], t.ApiStyles.Select(s => s.Id));
        Assert.Equal("rampart-identity", t.Auth.Id);
        Assert.Equal("none", t.BackgroundJobs.Id);
        Assert.Equal("single-model", t.DataModel.Id);
        Assert.Equal(["application", "database", "cdn"], t.CacheLayers.Select(l => l.Layer));
        Assert.All(t.CacheLayers, l => Assert.False(string.IsNullOrWhiteSpace(l.Ttl)));
    }

    [Theory]
    [InlineData("scaling=microservices")]
    [InlineData("integrations=many")]
    [InlineData("background=event-driven", "team=6-15")]
    public void Recommend_EventsCrossProcesses_RecommendsRabbitMq(params string[] answers)
    {
        Assert.Equal("rabbitmq", ArchitectureAdvisor.Recommend(Answers.Of(answers)).Technology.Messaging.Id);
    }

    [Fact]
    public void Recommend_EventDrivenSmallTeam_KeepsInProcessRelayWithOutboxJobs()
    {
        var t = ArchitectureAdvisor.Recommend(Answers.Of("background=event-driven")).Technology;

        Assert.Equal("in-process", t.Messaging.Id);
        Assert.Equal("outbox-jobs", t.BackgroundJobs.Id);
    }

    [Fact]
    public void Recommend_Microservices_RecommendsRedis()
    {
        Assert.Equal("redis", ArchitectureAdvisor.Recommend(Answers.Of("scaling=microservices")).Technology.Caching.Id);
    }

    [Theory]
    [InlineData("real-time=notifications", "signalr")]
    [InlineData("real-time=interactive", "signalr")]
    [InlineData("queries=deep-relations", "graphql")]
    public void Recommend_ApiNeeds_AddStyleNextToRest(string answer, string style)
    {
        var styles = ArchitectureAdvisor.Recommend(Answers.Of(answer)).Technology.ApiStyles.Select(s => s.Id).ToList();

        Assert.Equal(["rest", style], styles);
    }

    [Fact]
    public void Recommend_DivergentReadsAndComplexDomain_RecommendsCqrsWithDdd()
    {
        var model = ArchitectureAdvisor.Recommend(Answers.Of("read-write=divergent", "complexity=complex")).Technology.DataModel;

        Assert.Equal("cqrs", model.Id);
        Assert.Contains(model.Reasons, r => r.Contains("DDD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("single", "idempotent")]
    [InlineData("may-split", "clustered store hands each firing to one")]
    public void Recommend_ScheduledWork_NamesTheJobsBlockAndItsRunRule(string scaling, string advice)
    {
        var jobs = ArchitectureAdvisor.Recommend(Answers.Of("background=scheduled", $"scaling={scaling}")).Technology.BackgroundJobs;

        Assert.Equal("rampart-jobs", jobs.Id);
        Assert.Contains(jobs.Reasons, r => r.Contains("Rampart.AspNetCore.Jobs", StringComparison.Ordinal) && r.Contains("rampart new --jobs", StringComparison.Ordinal));
        Assert.Contains(jobs.Reasons, r => r.Contains(advice, StringComparison.Ordinal));
        Assert.DoesNotContain(jobs.Reasons, r => r.Contains("BackgroundService", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("scheduled", true)]
    [InlineData("event-driven", false)]
    [InlineData("none", false)]
    public void Recommend_Background_PutsJobsInTheNewCommandOnlyForScheduledWork(string background, bool jobs)
    {
        var recommendation = ArchitectureAdvisor.Recommend(Answers.Of($"background={background}"));

        Assert.StartsWith($"rampart new <Name> --pattern {recommendation.Pattern.ToId()}", recommendation.NewCommand, StringComparison.Ordinal);
        Assert.Equal(jobs, recommendation.NewCommand.EndsWith(" --jobs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("deep-relations", true)]
    [InlineData("simple", false)]
    public void Recommend_DeepRelationsInAModularMonolith_PutsGraphQLBesideRestInTheNewCommand(string queries, bool graphql)
    {
        var recommendation = ArchitectureAdvisor.Recommend(Answers.Of($"queries={queries}"));

        Assert.Equal(ArchitecturePattern.ModularMonolith, recommendation.Pattern);
        Assert.Equal(graphql, recommendation.Technology.ApiStyles.Any(style => style.Id == "graphql"));
        Assert.Equal(graphql, recommendation.NewCommand.EndsWith(" --api both", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_DeepRelationsInAPatternWithoutGraphQLTemplates_KeepsTheNewCommandRunnable()
    {
        var recommendation = ArchitectureAdvisor.Recommend(Answers.Of("queries=deep-relations", "integrations=many", "testability=critical"));

        Assert.NotEqual(ArchitecturePattern.ModularMonolith, recommendation.Pattern);
        Assert.Contains(recommendation.Technology.ApiStyles, style => style.Id == "graphql");
        Assert.DoesNotContain("--api", recommendation.NewCommand, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_Microservices_PutsTheBrokerInTheNewCommand() =>
        Assert.Contains(" --broker rabbitmq", ArchitectureAdvisor.Recommend(Answers.Of("scaling=microservices")).NewCommand, StringComparison.Ordinal);

    [Fact]
    public void Recommend_ExternalProvider_RecommendsOpenIdConnectThroughTheIdentitySettings()
    {
        var auth = ArchitectureAdvisor.Recommend(Answers.Of("sign-in=external-provider")).Technology.Auth;

        Assert.Equal("openid-connect", auth.Id);
        Assert.Contains(auth.Reasons, r => r.Contains("Identity:Authority", StringComparison.Ordinal) && r.Contains("Identity:Audience", StringComparison.Ordinal));
        Assert.Contains(auth.Reasons, r => r.Contains("Identity:RoleClaim", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_Prototype_StaysOnPostgresThatRampartDevRuns()
    {
        var database = ArchitectureAdvisor.Recommend(Answers.Of("lifespan=prototype")).Technology.Database;

        Assert.Equal("postgresql", database.Id);
        Assert.Contains(database.Reasons, r => r.Contains("rampart dev runs a private PostgreSQL", StringComparison.Ordinal));
    }
}
