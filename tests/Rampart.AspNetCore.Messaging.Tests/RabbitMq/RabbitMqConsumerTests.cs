using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging.Diagnostics;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.RabbitMq;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.RabbitMq;

public sealed class RabbitMqConsumerTests
{
    [Fact]
    public async Task Consumer_ThroughRabbitMq_HandlesEachEventOnceInOrderAndContinuesTrace()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is MessagingDiagnostics.ActivitySourceName or "rabbit-trace-test",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("rabbit-trace-test");
        var service = RabbitMqTestBroker.UniqueName("e2e");
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartAsync(database, service, m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"));
        var orders = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        ActivityTraceId traceId;
        using (var activity = source.StartActivity("place orders")!)
        {
            traceId = activity.TraceId;
            for (var step = 1; step <= 5; step++)
            {
                await host.WriteAsync(orders.Select(o => (o, step)));
            }
        }

        await Eventually.UntilAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync()) == 10, "10 effects");
        var effects = await host.QueryAsync(db => db.Effects.OrderBy(e => e.Id).ToListAsync());
        foreach (var order in orders)
        {
            Assert.Equal(Enumerable.Range(1, 5), effects.Where(e => e.OrderId == order).Select(e => e.Step));
        }

        Assert.Equal(10, host.Probe.TraceIds.Count);
        Assert.All(host.Probe.TraceIds, id => Assert.Equal(traceId, id));
        Assert.Equal(10, await host.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.Consumer == "reserve-stock")));
    }

    [Fact]
    public async Task Consumer_Throws_RetriedThenDeadLetterQueueGetsReasonInHeaders()
    {
        var service = RabbitMqTestBroker.UniqueName("poison");
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartAsync(database, service, m => m.AddConsumer<OrderPlaced, ExplodingHandler>("reserve-stock"),
            o => o.MaxDeliveryAttempts = 3);
        await using var rabbit = await RawRabbit.ConnectAsync();
        await host.WriteAsync([(Guid.CreateVersion7(), 1)]);
        var messageId = (await host.QueryAsync(db => db.Set<OutboxMessage>().SingleAsync())).Id;

        RabbitMQ.Client.BasicGetResult? deadLetter = null;
        await Eventually.UntilAsync(async () => (deadLetter = await rabbit.GetAsync($"{service}.reserve-stock.dead-letter")) is not null, "the dead-letter queue has the message");
        Assert.Equal(messageId.ToString(), deadLetter!.BasicProperties.MessageId);
        var headers = deadLetter.BasicProperties.Headers!;
        Assert.Contains(ExplodingHandler.Reason, Encoding.UTF8.GetString((byte[])headers[IntegrationMessageHeaders.DeadLetterReason]!), StringComparison.Ordinal);
        Assert.Equal("reserve-stock", Encoding.UTF8.GetString((byte[])headers[IntegrationMessageHeaders.DeadLetterConsumer]!));
        Assert.Equal("3", Encoding.UTF8.GetString((byte[])headers[IntegrationMessageHeaders.DeadLetterAttempts]!));
        var inbox = await host.QueryAsync(db => db.Set<InboxMessage>().SingleAsync());
        Assert.Equal(InboxMessageStatus.DeadLettered, inbox.Status);
        Assert.Contains(ExplodingHandler.Reason, inbox.Error, StringComparison.Ordinal);
        Assert.Equal(3, host.Probe.Calls.Count);
        Assert.Equal(0, await host.QueryAsync(db => db.Effects.CountAsync()));
    }

    [Fact]
    public async Task Consumer_SameMessageDeliveredTwice_OneEffect()
    {
        var service = RabbitMqTestBroker.UniqueName("dup");
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartAsync(database, service, m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"),
            o => o.RelayEnabled = false);
        await Eventually.UntilAsync(async () => await IsConsumingAsync(service), "the consumer queue exists");
        var transport = host.Services.GetRequiredService<RabbitMqTransport>();
        var duplicate = TestMessages.OrderPlaced(Guid.CreateVersion7(), 1);
        var marker = TestMessages.OrderPlaced(Guid.CreateVersion7(), 2);

        await transport.PublishAsync(duplicate, CancellationToken.None);
        await transport.PublishAsync(duplicate, CancellationToken.None);
        await transport.PublishAsync(marker, CancellationToken.None);

        // One consumer handles its queue in order, so once the marker is in, both copies were dealt with.
        await Eventually.UntilAsync(async () => await host.QueryAsync(db => db.Effects.AnyAsync(e => e.MessageId == marker.Id)), "the marker was handled");
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync(e => e.MessageId == duplicate.Id)));
        Assert.Equal(2, await host.QueryAsync(db => db.Set<InboxMessage>().CountAsync()));
        Assert.Equal(2, host.Probe.Calls.Count);
    }

    internal static async Task<bool> IsConsumingAsync(string service)
    {
        await using var rabbit = await RawRabbit.ConnectAsync();
        return await rabbit.ConsumerCountAsync($"{service}.reserve-stock") == 1;
    }

    internal static Task<MessagingHost> StartAsync(MessagingDatabase database, string service, Action<MessagingBuilder> consumers, Action<MessagingOptions>? options = null, Uri? broker = null) =>
        MessagingHost.StartAsync(database.ConnectionString, service,
            m =>
            {
                consumers(m);
                m.UseRabbitMq(r =>
                {
                    r.Uri = broker ?? RabbitMqTestBroker.Uri;
                    r.RecoveryInterval = TimeSpan.FromMilliseconds(250);
                    r.HealthCheckTimeout = TimeSpan.FromSeconds(1);
                    r.ConnectionTimeout = TimeSpan.FromSeconds(2);
                });
            },
            options);
}
