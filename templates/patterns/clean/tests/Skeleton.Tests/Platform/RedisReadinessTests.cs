#if RAMPART_CACHE_REDIS
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Platform;

/// <summary>Redis carries the state instances share, so readiness includes it: up, the service is ready; down, it is not.</summary>
public sealed class RedisReadinessTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Ready_RedisUp_ReportsRedisHealthy()
    {
        using var client = app.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await CheckAsync(ready, "redis"));
    }

    internal static async Task<string?> CheckAsync(HttpResponseMessage ready, string name)
    {
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("checks").GetProperty(name).GetString();
    }
}

/// <summary>The service started while Redis does not answer: alive, not ready, and never a 500.</summary>
public sealed class UnreachableRedisApp : IAsyncLifetime
{
    public ServiceApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        App.Settings["ConnectionStrings:Redis"] = $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port},connectTimeout=500";
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}

public sealed class UnreachableRedisReadinessTests(UnreachableRedisApp unreachable) : IClassFixture<UnreachableRedisApp>
{
    [Fact]
    public async Task Ready_RedisUnreachable_Returns503NamingRedisWhileLiveIs200()
    {
        using var client = unreachable.App.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await RedisReadinessTests.CheckAsync(ready, "redis"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
#endif
