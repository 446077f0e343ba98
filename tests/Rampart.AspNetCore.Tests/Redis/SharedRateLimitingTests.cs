using System.Globalization;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Tests.Redis;

public sealed class SharedRateLimitingTests
{
    private static HttpRequestMessage Anonymous(string clientIp)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Add("X-Forwarded-For", clientIp);
        return request;
    }

    private static async Task<int> SendAsync(HttpClient client, string clientIp)
    {
        using var request = Anonymous(clientIp);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static async Task<List<int>> InTurnAsync(IEnumerable<HttpClient> clients, string clientIp)
    {
        var statuses = new List<int>();
        foreach (var client in clients)
        {
            statuses.Add(await SendAsync(client, clientIp));
        }

        return statuses;
    }

    private static async Task<int> ReadyAsync(SampleHost host)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return (int)response.StatusCode;
    }

    [Fact]
    public async Task TwoInstances_ConcurrentAnonymousRequests_AdmitExactlyTheLimitInTotal()
    {
        await using var hosts = await RedisSampleHosts.StartAsync(2, RedisSampleHosts.Settings(TestEnvironment.RedisConfiguration, anonymousLimit: 25));
        using var first = hosts.Instances[0].CreateClient();
        using var second = hosts.Instances[1].CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 80).Select(i => SendAsync(i % 2 == 0 ? first : second, "198.51.100.20")));

        Assert.DoesNotContain(hosts.Instances.SelectMany(host => host.Logs.Entries), entry => entry.EventId.Id == 2101);
        Assert.Equal(25, statuses.Count(status => status == 200));
        Assert.Equal(55, statuses.Count(status => status == 429));
    }

    [Fact]
    public async Task SecondInstance_AfterTheLimitOnTheFirst_Answers429ProblemWithTheWindowsRetryAfter()
    {
        await using var hosts = await RedisSampleHosts.StartAsync(2, RedisSampleHosts.Settings(TestEnvironment.RedisConfiguration, anonymousLimit: 2));
        using var first = hosts.Instances[0].CreateClient();
        using var second = hosts.Instances[1].CreateClient();
        Assert.Equal(200, await SendAsync(first, "198.51.100.21"));
        Assert.Equal(200, await SendAsync(first, "198.51.100.21"));

        using var request = Anonymous("198.51.100.21");
        using var rejected = await second.SendAsync(request);

        var problem = await ProblemJson.ReadAsync(rejected, 429);
        Assert.Equal("http.rate_limited", problem.GetProperty("code").GetString());
        var retryAfter = int.Parse(rejected.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 590, 600);
        Assert.Equal(200, await SendAsync(second, "198.51.100.22"));
    }

    [Fact]
    public async Task RedisStoppedThenBack_LocalLimits_EachInstanceLimitsAloneThenTheWindowIsSharedAgain()
    {
        await using var redis = await RedisInstance.StartAsync();
        await using var hosts = await RedisSampleHosts.StartAsync(2, RedisSampleHosts.Settings(redis.Configuration, anonymousLimit: 3));
        using var first = hosts.Instances[0].CreateClient();
        using var second = hosts.Instances[1].CreateClient();
        Assert.Equal(200, await ReadyAsync(hosts.Instances[0]));

        await redis.StopAsync();

        // Each instance now counts alone: three each, then 429; never a 500.
        Assert.Equal([200, 200, 200, 429], await InTurnAsync([first, first, first, first], "198.51.100.30"));
        Assert.Equal([200, 200, 200, 429], await InTurnAsync([second, second, second, second], "198.51.100.30"));
        Assert.Equal(503, await ReadyAsync(hosts.Instances[0]));
        var outages = hosts.Instances[0].Logs.Entries.Count(entry => entry.EventId.Id == 2101 && entry.Level == LogLevel.Warning);
        Assert.Equal(1, outages);

        await redis.StartAgainAsync();
        await Rampart.Testing.Eventually.UntilAsync(async () => await ReadyAsync(hosts.Instances[0]) == 200 && await ReadyAsync(hosts.Instances[1]) == 200, "both instances see Redis again");

        // Shared again: a fresh client IP gets three in total across both instances.
        Assert.Equal([200, 200, 200, 429], await InTurnAsync([first, second, first, second], "198.51.100.31"));
        Assert.Contains(hosts.Instances[0].Logs.Entries, entry => entry.EventId.Id == 2102);
    }

    [Fact]
    public async Task RedisStopped_Reject_Answers503ProblemWithRetryAfter()
    {
        await using var redis = await RedisInstance.StartAsync();
        await using var hosts = await RedisSampleHosts.StartAsync(1, RedisSampleHosts.Settings(redis.Configuration, anonymousLimit: 3, outageMode: "Reject"));
        using var client = hosts.Instances[0].CreateClient();
        Assert.Equal(200, await SendAsync(client, "198.51.100.40"));

        await redis.StopAsync();
        using var request = Anonymous("198.51.100.40");
        using var refused = await client.SendAsync(request);

        var problem = await ProblemJson.ReadAsync(refused, 503);
        Assert.Equal("http.unavailable", problem.GetProperty("code").GetString());
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Start_WithoutConnectionString_StopsNamingTheSetting()
    {
        var settings = RedisSampleHosts.Settings(TestEnvironment.RedisConfiguration, anonymousLimit: 3);
        settings.Remove("ConnectionStrings:Redis");

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () => await RedisSampleHosts.StartAsync(1, settings));

        Assert.Contains("ConnectionStrings:Redis", failure.Message, StringComparison.Ordinal);
    }
}
