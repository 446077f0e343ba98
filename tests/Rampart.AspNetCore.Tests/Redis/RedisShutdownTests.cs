using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Rampart.Testing;

namespace Rampart.AspNetCore.Tests.Redis;

/// <summary>
/// Stopping a service on Redis whose cache and SignalR backplane are both in use: the container disposes them in the
/// order they were made, and whichever goes first, the rest still stops without an error.
/// </summary>
public sealed class RedisShutdownTests
{
    public sealed class NoticeHub : Hub;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispose_CacheAndBackplaneBothUsed_InEitherOrder_StopsWithoutError(bool hubFirst)
    {
        var hosts = await RedisSampleHosts.StartAsync(1, RedisSampleHosts.Settings(TestEnvironment.RedisConfiguration, anonymousLimit: 1000),
            app => app.MapHub<NoticeHub>("/hub"));
        var host = hosts.Instances[0];
        var cache = host.App.Services.GetRequiredService<IDistributedCache>();
        if (!hubFirst)
        {
            await cache.SetStringAsync("probe", "1");
        }

        var connection = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hub")).Build();
        await connection.StartAsync();
        _ = host.App.Services.GetRequiredService<HubLifetimeManager<NoticeHub>>();
        if (hubFirst)
        {
            await cache.SetStringAsync("probe", "1");
        }

        await connection.DisposeAsync();
        var stopped = await Record.ExceptionAsync(async () => await hosts.DisposeAsync());

        Assert.Null(stopped);
    }
}
