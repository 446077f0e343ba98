using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.RabbitMq;

public sealed class RabbitMqFaultTests
{
    [Fact]
    public async Task Relay_BrokerCutWhileEventsAreWritten_AllPublishedAndHandledOnceAfterRestore()
    {
        var service = RabbitMqTestBroker.UniqueName("cut");
        await using var proxy = TcpFaultProxy.Start(RabbitMqTestBroker.Uri.Port);
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await RabbitMqConsumerTests.StartAsync(database, service,
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"), broker: ThroughProxy(proxy));
        var orderId = Guid.CreateVersion7();
        await host.WriteAsync([(orderId, 0)]);
        await Eventually.UntilAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync()) == 1, "the first event made it through");

        proxy.Cut();
        await Eventually.UntilAsync(async () => await ReadinessAsync(host) == HealthStatus.Unhealthy, "readiness reports the broker down");
        for (var step = 1; step <= 20; step++)
        {
            await host.WriteAsync([(orderId, step)]);
        }

        Assert.Equal(20, await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Pending)));
        proxy.Restore();

        await Eventually.UntilAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync()) == 21, "all 21 events handled after the broker is back");
        var effects = await host.QueryAsync(db => db.Effects.OrderBy(e => e.Id).Select(e => e.Step).ToListAsync());
        Assert.Equal(Enumerable.Range(0, 21), effects);
        Assert.Equal(21, await host.QueryAsync(db => db.Set<InboxMessage>().CountAsync()));
        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published)) == 21,
            "all 21 outbox rows published");
        Assert.Equal(0, await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Attempts > 1)));
        await Eventually.UntilAsync(async () => await ReadinessAsync(host) == HealthStatus.Healthy, "readiness recovers");
    }

    [Fact]
    public async Task Consumer_ItsDatabaseDownWhileEventsArrive_HandlesEachOnceWithinTheBoundOnceItIsBack()
    {
        var service = RabbitMqTestBroker.UniqueName("dbdown");
        await using var server = await PostgresInstance.StartAsync();
        await using var consumerDatabase = await MessagingDatabase.CreateAsync(server.ConnectionString);
        await using var producerDatabase = await MessagingDatabase.CreateAsync();
        await using var consumer = await RabbitMqConsumerTests.StartAsync(consumerDatabase, service,
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"),
            o =>
            {
                o.RelayEnabled = false;
                o.TransportUnavailableDelay = ProductionUnavailableDelay;
            });
        // The consumer's queue is declared in the background after start; until then a published event would reach no queue.
        await Eventually.UntilAsync(() => RabbitMqConsumerTests.IsConsumingAsync(service), "the consumer listens on its queue");
        await using var producer = await RabbitMqConsumerTests.StartAsync(producerDatabase, service, _ => { });
        var orderId = Guid.CreateVersion7();
        await producer.WriteAsync([(orderId, 0)]);
        await Eventually.UntilAsync(async () => await consumer.QueryAsync(db => db.Effects.CountAsync()) == 1, "the first event is handled");

        await server.StopAsync();
        await producer.WriteAsync(Enumerable.Range(1, 10).Select(step => (orderId, step)));
        await Eventually.UntilAsync(() => consumer.Logs.Entries.Count(e => e.EventId.Id == 2013) >= 2,
            "the consumer finds its database unreachable and hands the delivery back");
        await server.StartAgainAsync();
        var back = Stopwatch.StartNew();

        await Eventually.UntilAsync(async () => await consumer.QueryAsync(db => db.Effects.CountAsync()) == 11, "all 11 events handled once the database is back");
        Assert.True(back.Elapsed < RecoveryBound,
            $"the consumer caught up {back.Elapsed.TotalSeconds:0.0} s after its database came back; the bound is {RecoveryBound.TotalSeconds} s");
        var steps = await consumer.QueryAsync(db => db.Effects.Select(e => e.Step).OrderBy(step => step).ToListAsync());
        Assert.Equal(Enumerable.Range(0, 11), steps);
        Assert.Equal(11, await consumer.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.Status == InboxMessageStatus.Processed)));
    }

    [Fact]
    public async Task Readiness_BrokerUnreachableFromStart_UnhealthyWithinTimeout()
    {
        var service = RabbitMqTestBroker.UniqueName("unready");
        await using var proxy = TcpFaultProxy.Start(RabbitMqTestBroker.Uri.Port);
        proxy.Cut();
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await RabbitMqConsumerTests.StartAsync(database, service,
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"), o => o.RelayEnabled = false, ThroughProxy(proxy));

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries[RabbitMqMessagingBuilderExtensions.HealthCheckName].Status);
        proxy.Restore();
        await Eventually.UntilAsync(async () => await ReadinessAsync(host) == HealthStatus.Healthy, "readiness turns healthy once the broker is reachable");
    }

    // A delivery that finds the database gone waits this long (the production default) before it is handed back.
    private static readonly TimeSpan ProductionUnavailableDelay = TimeSpan.FromSeconds(1);

    // One wait, a reconnect of the pool and eleven deliveries, with room for a busy machine.
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(5);

    private static Uri ThroughProxy(TcpFaultProxy proxy) => new UriBuilder(RabbitMqTestBroker.Uri) { Port = proxy.Port }.Uri;

    private static async Task<HealthStatus> ReadinessAsync(MessagingHost host) =>
        (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"))).Status;
}
