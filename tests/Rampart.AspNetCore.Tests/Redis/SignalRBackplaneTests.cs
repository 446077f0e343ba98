using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Tests.Redis;

/// <summary>The SignalR backplane of <c>AddRampartRedis</c>: a message sent on one instance reaches clients on every instance of the same service, and only of it.</summary>
public sealed class SignalRBackplaneTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    /// <summary>A hub with no methods: the server pushes, clients listen.</summary>
    public sealed class NoticeHub : Hub;

    private static void MapHub(WebApplication app) => app.MapHub<NoticeHub>("/hub");

    private static async Task<(HubConnection Connection, TaskCompletionSource<string> Received)> ConnectAsync(SampleHost host)
    {
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hub")).Build();
        connection.On<string>("notice", text => received.TrySetResult(text));
        await connection.StartAsync();
        return (connection, received);
    }

    /// <summary>
    /// Sends from <paramref name="sender"/> until the client received it or the bound passes: the receiving instance
    /// subscribes to the backplane's channel in the background, so the first message may precede its subscription.
    /// </summary>
    private static async Task<string?> SendUntilReceivedAsync(SampleHost sender, TaskCompletionSource<string> received, string text = "order 42 shipped")
    {
        var hub = sender.App.Services.GetRequiredService<IHubContext<NoticeHub>>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Bound && !received.Task.IsCompleted)
        {
            await hub.Clients.All.SendAsync("notice", text);
            await Task.WhenAny(received.Task, Task.Delay(TimeSpan.FromMilliseconds(250)));
        }

        return received.Task.IsCompleted ? await received.Task : null;
    }

    [Fact]
    public async Task ClientOnInstanceA_MessageSentOnInstanceB_Received()
    {
        await using var hosts = await RedisSampleHosts.StartAsync(2, RedisSampleHosts.Settings(TestEnvironment.RedisConfiguration, anonymousLimit: 1000), MapHub);
        var (connection, received) = await ConnectAsync(hosts.Instances[0]);
        await using var _ = connection;

        Assert.Equal("order 42 shipped", await SendUntilReceivedAsync(hosts.Instances[1], received));
    }

    [Fact]
    public async Task AnotherServiceOnTheSameRedis_OtherKeyPrefix_DoesNotReceiveTheMessage()
    {
        await using var service = await RedisSampleHosts.StartAsync(2, RedisSampleHosts.Settings(TestEnvironment.RedisConfiguration, anonymousLimit: 1000), MapHub);
        await using var other = await RedisSampleHosts.StartAsync(1, RedisSampleHosts.Settings(TestEnvironment.RedisConfiguration, anonymousLimit: 1000), MapHub);
        var (sameService, receivedBySameService) = await ConnectAsync(service.Instances[0]);
        var (otherService, receivedByOther) = await ConnectAsync(other.Instances[0]);
        await using var first = sameService;
        await using var second = otherService;

        Assert.Equal("order 42 shipped", await SendUntilReceivedAsync(service.Instances[1], receivedBySameService));

        // Redis delivers a subscriber's messages in order: once the other service's own message arrives, a leaked one
        // would have arrived before it.
        Assert.Equal("the other service's own", await SendUntilReceivedAsync(other.Instances[0], receivedByOther, "the other service's own"));
    }
}
