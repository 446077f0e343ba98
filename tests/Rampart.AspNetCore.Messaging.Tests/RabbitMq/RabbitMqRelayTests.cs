using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.RabbitMq;

public sealed class RabbitMqRelayTests
{
    [Fact]
    public async Task TwoRelays_OneOutbox_EachEventPublishedOnceInOrderPerAggregate()
    {
        var service = RabbitMqTestBroker.UniqueName("race");
        await using var database = await MessagingDatabase.CreateAsync();
        await using var listener = await RawRabbit.ConnectAsync();
        await listener.ListenAsync(service);
        await using var first = await StartRelayAsync(database, service);
        await using var second = await StartRelayAsync(database, service);
        var orders = Enumerable.Range(0, 10).Select(_ => Guid.CreateVersion7()).ToList();
        for (var step = 1; step <= 20; step++)
        {
            // One transaction per step, from either instance, while both relays are already polling.
            await (step % 2 == 0 ? first : second).WriteAsync(orders.Select(o => (o, step)));
        }

        await Eventually.UntilAsync(
            async () => await first.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published)) == 200,
            "all 200 outbox rows published");
        // Everything confirmed is already queued; a barrier published now arrives after all of it.
        var barrier = Guid.NewGuid().ToString();
        await listener.PublishAsync(service, "barrier", barrier);
        await Eventually.UntilAsync(() => listener.Received.Any(r => r.MessageId == barrier), "the barrier arrived");

        var received = listener.Received.Where(r => r.MessageId != barrier).ToList();
        Assert.Equal(200, received.Count);
        Assert.Equal(200, received.Select(r => r.MessageId).Distinct().Count());
        var attempts = await first.QueryAsync(db => db.Set<OutboxMessage>().Select(m => m.Attempts).Distinct().ToListAsync());
        Assert.Equal([1], attempts);
        // Both relays did part of the work (event 2000: a relay published a batch).
        Assert.Contains(first.Logs.Entries, e => e.EventId.Id == 2000);
        Assert.Contains(second.Logs.Entries, e => e.EventId.Id == 2000);
        foreach (var order in orders)
        {
            var steps = received.Where(r => r.PartitionKey == order.ToString()).Select(r => Step(r.Body)).ToList();
            Assert.Equal(Enumerable.Range(1, 20), steps);
        }
    }

    private static Task<MessagingHost> StartRelayAsync(MessagingDatabase database, string service) =>
        MessagingHost.StartAsync(database.ConnectionString, service,
            m => m.UseRabbitMq(r => r.Uri = RabbitMqTestBroker.Uri),
            o =>
            {
                o.BatchSize = 5;
                o.PollInterval = TimeSpan.FromMilliseconds(10);
            });

    private static int Step(string payload) => System.Text.Json.JsonDocument.Parse(payload).RootElement.GetProperty("step").GetInt32();
}
