using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests.Redis;

/// <summary>Several instances of the sample service on one Redis, sharing a key prefix of the test's own (as replicas of one service do).</summary>
public sealed class RedisSampleHosts : IAsyncDisposable
{
    private RedisSampleHosts(IReadOnlyList<SampleHost> instances) => Instances = instances;

    public IReadOnlyList<SampleHost> Instances { get; }

    public static Dictionary<string, string?> Settings(string redis, int anonymousLimit, string outageMode = "LocalLimits") => new()
    {
        ["ConnectionStrings:Redis"] = redis,
        ["Rampart:Redis:KeyPrefix"] = "test-" + Guid.NewGuid().ToString("N"),
        ["Rampart:Redis:RateLimitsWhenDown"] = outageMode,
        // Generous: on a loaded test machine a slow answer would count as an outage and the limits would fall back.
        ["Rampart:Redis:OperationTimeout"] = "00:00:05",
        ["Rampart:RateLimiting:Anonymous:PermitLimit"] = anonymousLimit.ToString(CultureInfo.InvariantCulture),
        ["Rampart:RateLimiting:Anonymous:Window"] = "00:10:00",
        ["Rampart:ForwardedHeaders:TrustedProxies:0"] = "127.0.0.1",
    };

    public static async Task<RedisSampleHosts> StartAsync(int count, Dictionary<string, string?> settings, Action<WebApplication>? endpoints = null)
    {
        var instances = new List<SampleHost>();
        for (var i = 0; i < count; i++)
        {
            instances.Add(await SampleHost.StartAsync(settings: settings, endpoints: endpoints, services: services =>
                services.AddRampartRedis(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())));
        }

        return new RedisSampleHosts(instances);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }
    }
}
