using Rampart.Scaffolding;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>The lane's rotation: every broker and every cache driven in every run, no build beyond one per pattern.</summary>
public sealed class ShopMatrixTests
{
    private static readonly string[] Patterns = ["modular-monolith", "vertical-slice"];
    private static readonly string[] Brokers = ["inprocess", "rabbitmq"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(20425)]
    public void Plan_TwoPatterns_OneBuildEach_BothBrokersAndBothCachesEveryRun(int rotation)
    {
        var plan = ShopMatrix.Plan(Patterns, Brokers, rotation);

        Assert.Equal(Patterns, plan.Select(entry => entry.Pattern).Order(StringComparer.Ordinal));
        Assert.Equal(Brokers, plan.Select(entry => entry.Broker).Order(StringComparer.Ordinal));
        Assert.Equal([ProjectSettings.MemoryCache, ProjectSettings.RedisCache], plan.Select(entry => ShopMatrix.CacheOf(entry.Broker)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_ConsecutiveRuns_SwapTheBrokersAndCachesOfEachPattern()
    {
        var today = ShopMatrix.Plan(Patterns, Brokers, 7);
        var tomorrow = ShopMatrix.Plan(Patterns, Brokers, 8);

        Assert.All(Patterns, pattern => Assert.NotEqual(
            ShopMatrix.CacheOf(today.Single(entry => entry.Pattern == pattern).Broker),
            ShopMatrix.CacheOf(tomorrow.Single(entry => entry.Pattern == pattern).Broker)));
    }

    [Fact]
    public void Plan_OnePattern_SecondBuildCarriesTheOtherBrokerAndCache()
    {
        var plan = ShopMatrix.Plan(["standard"], Brokers, 0);

        Assert.Equal([("standard", "inprocess"), ("standard", "rabbitmq")], plan);
        Assert.Equal([ProjectSettings.MemoryCache, ProjectSettings.RedisCache], plan.Select(entry => ShopMatrix.CacheOf(entry.Broker)));
    }

    [Theory]
    [InlineData("rabbitmq", "redis")]
    [InlineData("inprocess", "memory")]
    public void CacheOf_RedisRidesWithRabbitMq(string broker, string cache)
    {
        Assert.Equal(cache, ShopMatrix.CacheOf(broker));
    }
}
