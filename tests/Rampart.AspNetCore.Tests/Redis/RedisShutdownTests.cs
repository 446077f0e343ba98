using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Rampart.Testing;

namespace Rampart.AspNetCore.Tests.Redis;

/// <summary>
/// Stopping a service on Redis: the container disposes the distributed cache and the SignalR backplane in whatever
/// order it made them, and each closes the connection it was given. Neither may take another's connection with it,
/// nor find its own closed under it (the backplane unsubscribes first, and would throw on a closed connection).
/// </summary>
public sealed class RedisShutdownTests
{
    public sealed class NoticeHub : Hub;

    [Fact]
    public async Task BackplaneDisposedFirst_CacheAndReadinessKeepTheirConnection()
    {
        await using var hosts = await StartAsync();
        var host = hosts.Instances[0];
        var cache = host.App.Services.GetRequiredService<IDistributedCache>();
        await cache.SetStringAsync("before", "1");
        await using var connection = await SubscribedClientAsync(host);

        ((IDisposable)host.App.Services.GetRequiredService<HubLifetimeManager<NoticeHub>>()).Dispose();

        await cache.SetStringAsync("after", "2");
        Assert.Equal("2", await cache.GetStringAsync("after"));
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task CacheDisposedFirst_BackplaneStillUnsubscribesAndStops()
    {
        await using var hosts = await StartAsync();
        var host = hosts.Instances[0];
        var cache = host.App.Services.GetRequiredService<IDistributedCache>();
        await cache.SetStringAsync("before", "1");
        await using var connection = await SubscribedClientAsync(host);

        ((IDisposable)cache).Dispose();
        var stopped = Record.Exception(((IDisposable)host.App.Services.GetRequiredService<HubLifetimeManager<NoticeHub>>()).Dispose);

        Assert.Null(stopped);
    }

    private static Task<RedisSampleHosts> StartAsync() =>
        RedisSampleHosts.StartAsync(1, RedisSampleHosts.Settings(TestEnvironment.RedisConfiguration, anonymousLimit: 1000), app => app.MapHub<NoticeHub>("/hub"));

    /// <summary>A client that has received a message through the backplane: its subscriptions are in place.</summary>
    private static async Task<HubConnection> SubscribedClientAsync(Support.SampleHost host)
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hub")).Build();
        connection.On<string>("notice", _ => received.TrySetResult());
        await connection.StartAsync();
        var hub = host.App.Services.GetRequiredService<IHubContext<NoticeHub>>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!received.Task.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await hub.Clients.All.SendAsync("notice", "ready");
            await Task.WhenAny(received.Task, Task.Delay(TimeSpan.FromMilliseconds(250)));
        }

        Assert.True(received.Task.IsCompleted, "the client receives a message through the backplane");
        return connection;
    }
}
