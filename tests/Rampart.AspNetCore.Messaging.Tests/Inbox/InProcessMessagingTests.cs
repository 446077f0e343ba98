using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging.Diagnostics;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Inbox;

public sealed class InProcessMessagingTests
{
    [Fact]
    public async Task Relay_InProcess_DeliversEveryEventOnceInOrderPerAggregate()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"), o => o.BatchSize = 7);
        var orders = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToList();
        for (var step = 1; step <= 10; step++)
        {
            await host.WriteAsync(orders.Select(o => (o, step)));
        }

        await Eventually.UntilAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync()) == 40, "40 effects");
        var effects = await host.QueryAsync(db => db.Effects.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(40, effects.Select(e => e.MessageId).Distinct().Count());
        foreach (var order in orders)
        {
            Assert.Equal(Enumerable.Range(1, 10), effects.Where(e => e.OrderId == order).Select(e => e.Step));
        }

        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published)) == 40,
            "all 40 outbox rows marked published");
        Assert.Equal(40, await host.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.Status == InboxMessageStatus.Processed && m.Consumer == "reserve-stock")));
    }

    [Fact]
    public async Task Relay_LocalSaveChanges_WakesTheRelayWithoutWaitingForThePoll()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"), o => o.PollInterval = TimeSpan.FromHours(1));

        // After each event is handled the relay finds nothing more and sleeps for the hour; only the commit can wake it.
        for (var step = 1; step <= 3; step++)
        {
            await host.WriteAsync([(Guid.CreateVersion7(), step)]);
            await Eventually.UntilAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync()) == step, $"event {step} handled within the hour-long poll interval");
        }
    }

    [Fact]
    public async Task Consumer_InProcess_ContinuesTheTraceOfTheChange()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is MessagingDiagnostics.ActivitySourceName or "in-process-trace-test",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("in-process-trace-test");
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"));
        ActivityTraceId traceId;
        using (var activity = source.StartActivity("place order")!)
        {
            traceId = activity.TraceId;
            await host.WriteAsync([(Guid.CreateVersion7(), 1)]);
        }

        await Eventually.UntilAsync(() => !host.Probe.TraceIds.IsEmpty, "the consumer ran");
        Assert.Equal(traceId, Assert.Single(host.Probe.TraceIds));
    }

    [Fact]
    public async Task Consumer_Throws_RetriedThenDeadLetteredWithReasonAndNoEffect()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            m => m.AddConsumer<OrderPlaced, ExplodingHandler>("reserve-stock"), o => o.MaxDeliveryAttempts = 3);
        var orderId = Guid.CreateVersion7();
        await host.WriteAsync([(orderId, 1)]);

        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.Status == InboxMessageStatus.DeadLettered)),
            "the message is dead-lettered");
        var row = await host.QueryAsync(db => db.Set<InboxMessage>().SingleAsync());
        Assert.Equal("reserve-stock", row.Consumer);
        Assert.Equal(3, row.Attempts);
        Assert.Contains(ExplodingHandler.Reason, row.Error, StringComparison.Ordinal);
        Assert.Contains(orderId.ToString(), row.Payload, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], host.Probe.Calls.Select(c => c.Attempt));
        Assert.Equal(0, await host.QueryAsync(db => db.Effects.CountAsync()));
        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.Status == OutboxMessageStatus.Published)),
            "the outbox row is settled once the consumer gave up");
    }

    [Fact]
    public async Task Consumer_FailsTwiceThenSucceeds_OneEffect()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"), o => o.MaxDeliveryAttempts = 5);
        host.Probe.FailuresBeforeSuccess = 2;
        await host.WriteAsync([(Guid.CreateVersion7(), 1)]);

        await Eventually.UntilAsync(async () => await host.QueryAsync(db => db.Effects.AnyAsync()), "the effect is committed");
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync()));
        Assert.Equal(3, (await host.QueryAsync(db => db.Set<InboxMessage>().SingleAsync())).Attempts);
    }

    [Fact]
    public async Task Pipeline_Redelivery_SkippedWithoutSecondEffect()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"), o => o.RelayEnabled = false);
        var pipeline = host.Services.GetRequiredService<IConsumerPipeline>();
        var consumer = host.Services.GetRequiredService<ConsumerRegistry>().All.Single();
        var message = TestMessages.OrderPlaced(Guid.CreateVersion7(), 1);

        var first = await pipeline.DeliverAsync(message, consumer, CancellationToken.None);
        var second = await pipeline.DeliverAsync(message, consumer, CancellationToken.None);

        Assert.Equal(DeliveryOutcomeKind.Processed, first.Kind);
        Assert.Equal(DeliveryOutcomeKind.Duplicate, second.Kind);
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync()));
        Assert.Single(host.Probe.Calls);
    }

    [Fact]
    public async Task Pipeline_ConcurrentRedeliveries_OneEffect()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"), o => o.RelayEnabled = false);
        var pipeline = host.Services.GetRequiredService<IConsumerPipeline>();
        var consumer = host.Services.GetRequiredService<ConsumerRegistry>().All.Single();
        var message = TestMessages.OrderPlaced(Guid.CreateVersion7(), 1);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => pipeline.DeliverAsync(message, consumer, CancellationToken.None))));

        Assert.Equal(1, outcomes.Count(o => o.Kind == DeliveryOutcomeKind.Processed));
        Assert.Equal(7, outcomes.Count(o => o.Kind == DeliveryOutcomeKind.Duplicate));
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync()));
    }
}
