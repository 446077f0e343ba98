using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;
using StackExchange.Redis;

namespace Rampart.AspNetCore.Data.Tests.Caching;

/// <summary>
/// Two instances of one service on one PostgreSQL database and one Redis, with a key prefix of the test's own, as
/// replicas behind a load balancer run.
/// </summary>
public sealed class SharedEntityCacheTests
{
    private static Uri Product(Guid id) => new($"/cached-products/{id}", UriKind.Relative);

    private static Dictionary<string, string?> Settings(string redis) => new()
    {
        ["ConnectionStrings:Redis"] = redis,
        ["Rampart:Redis:KeyPrefix"] = "test-" + Guid.NewGuid().ToString("N"),
        // Generous: on a loaded test machine a slow answer would count as an outage.
        ["Rampart:Redis:OperationTimeout"] = "00:00:05",
    };

    private static Task<ShopHost> StartAsync(PostgresDatabase database, Dictionary<string, string?> settings) =>
        ShopHost.StartAsync(database.ConnectionString, settings: settings, services: (services, configuration) =>
        {
            CachedProductEndpoints.AddCaching(services, configuration);
            services.AddRampartRedis(configuration);
        });

    private static async Task<bool> InRedisAsync(string redis, Dictionary<string, string?> settings, Guid id)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        return await connection.GetDatabase().KeyExistsAsync($"{settings["Rampart:Redis:KeyPrefix"]}:cache:shop:product:{id:D}");
    }

    [Fact]
    public async Task WriteOnA_ThenReadOnB_IsFreshWithTheNewETag()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = Settings(TestEnvironment.RedisConfiguration);
        await using var a = await StartAsync(database, settings);
        await using var b = await StartAsync(database, settings);
        var id = await a.Client.CreateProductAsync(Http.UniqueSku());
        (await b.Client.GetAsync(Product(id))).Dispose();
        await Eventually.UntilAsync(() => InRedisAsync(TestEnvironment.RedisConfiguration, settings, id), "the entry is in Redis");
        // A reads only once B's entry is stored, so A reads it rather than loading and storing a copy of its own: a copy
        // stored after the write's removal would be the stale window docs/adr/0160 accepts, not what this test is about.
        (await a.Client.GetAsync(Product(id))).Dispose();
        Assert.Equal(0, a.Services.GetRequiredService<CacheProbe>().Loads);

        using var patch = await a.Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("Renamed on A", null, null), ("If-Match", "\"1\"")));
        using var read = await b.Client.GetAsync(Product(id));

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("\"2\"", read.Header("ETag"));
        var data = (await read.BodyAsync()).GetProperty("data");
        Assert.Equal("Renamed on A", data.GetProperty("name").GetString());
        Assert.Equal(2, data.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task CachedOnA_ReadOnB_ComesFromRedisWithoutTheDatabase()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = Settings(TestEnvironment.RedisConfiguration);
        await using var a = await StartAsync(database, settings);
        await using var b = await StartAsync(database, settings);
        var id = await a.Client.CreateProductAsync(Http.UniqueSku());
        (await a.Client.GetAsync(Product(id))).Dispose();
        await Eventually.UntilAsync(() => InRedisAsync(TestEnvironment.RedisConfiguration, settings, id), "the entry is in Redis");

        using var read = await b.Client.GetAsync(Product(id));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(0, b.Services.GetRequiredService<CacheProbe>().Loads);
    }

    [Fact]
    public async Task CreateOnA_ThenFirstPageOnB_HasTheNewProduct()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = Settings(TestEnvironment.RedisConfiguration);
        await using var a = await StartAsync(database, settings);
        await using var b = await StartAsync(database, settings);
        await a.Client.CreateProductAsync(Http.UniqueSku());
        (await b.Client.GetAsync(new Uri("/cached-products?limit=10", UriKind.Relative))).Dispose();

        var created = await a.Client.CreateProductAsync(Http.UniqueSku());
        using var page = await b.Client.GetAsync(new Uri("/cached-products?limit=10", UriKind.Relative));

        var items = (await page.BodyAsync()).GetProperty("data");
        Assert.Equal(2, items.GetArrayLength());
        Assert.Equal(created, items[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task RedisStoppedThenBack_ReadsComeFromTheDatabaseThenTheCacheAgain()
    {
        await using var redis = await RedisInstance.StartAsync();
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = Settings(redis.Configuration);
        await using var host = await StartAsync(database, settings);
        var id = await host.Client.CreateProductAsync(Http.UniqueSku());
        (await host.Client.GetAsync(Product(id))).Dispose();
        await Eventually.UntilAsync(() => InRedisAsync(redis.Configuration, settings, id), "the entry is in Redis");

        await redis.StopAsync();
        var whileDown = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var read = await host.Client.GetAsync(Product(id));
            whileDown.Add(read.StatusCode);
        }

        using var patch = await host.Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("Changed while down", null, null), ("If-Match", "\"1\"")));
        using var readAfterWrite = await host.Client.GetAsync(Product(id));
        using var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.All(whileDown, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("\"2\"", readAfterWrite.Header("ETag"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        await redis.StartAgainAsync();
        await Eventually.UntilAsync(async () =>
        {
            using var probe = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return probe.StatusCode == HttpStatusCode.OK;
        }, "readiness sees Redis back");
        await Eventually.UntilAsync(async () =>
        {
            using var read = await host.Client.GetAsync(Product(id));
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal("\"2\"", read.Header("ETag"));
            return await InRedisAsync(redis.Configuration, settings, id);
        }, "the entry is cached in Redis again");
    }

    [Fact]
    public async Task PartitionedDuringAWrite_TheFailedRemovalIsRetried_SoNoInstanceKeepsTheOldEntry()
    {
        await using var redis = await RedisInstance.StartAsync();
        await using var proxy = TcpFaultProxy.Start(redis.Port);
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = Settings($"127.0.0.1:{proxy.Port}");
        var direct = new Dictionary<string, string?>(settings) { ["ConnectionStrings:Redis"] = redis.Configuration };
        await using var a = await StartAsync(database, settings);
        await using var b = await StartAsync(database, direct);
        var id = await a.Client.CreateProductAsync(Http.UniqueSku());
        (await a.Client.GetAsync(Product(id))).Dispose();
        await Eventually.UntilAsync(() => InRedisAsync(redis.Configuration, settings, id), "the entry is in Redis");

        // Redis keeps running and keeps the entry of before the write: only A, which writes, cannot reach it.
        proxy.Cut();
        using var patch = await a.Client.SendAsync(Http.Json(HttpMethod.Patch, $"/products/{id}", new UpdateProduct("Changed in a partition", null, null), ("If-Match", "\"1\"")));
        using var readOnA = await a.Client.GetAsync(Product(id));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("\"2\"", readOnA.Header("ETag"));
        Assert.True(await InRedisAsync(redis.Configuration, settings, id));
        proxy.Restore();

        // A retries the removal once it reaches Redis again; until then B can read the old entry (bounded by the TTL).
        await Eventually.UntilAsync(async () =>
        {
            using var onA = await a.Client.GetAsync(Product(id));
            using var onB = await b.Client.GetAsync(Product(id));
            return onA.Header("ETag") == "\"2\"" && onB.Header("ETag") == "\"2\"";
        }, "both instances read the new version");
    }
}
