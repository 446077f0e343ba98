using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.AspNetCore.Messaging.Transport;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Outbox;

public sealed class OutboxRelayTests
{
    [Fact]
    public async Task Relay_PublishAlwaysFails_RetriesThenDeadLettersKeepingLastError()
    {
        var transport = new ScriptedTransport { Script = (_, attempt) => new InvalidOperationException($"broker said no #{attempt}") };
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartAsync(database, transport, o => o.MaxPublishAttempts = 4);
        await host.WriteAsync([(Guid.CreateVersion7(), 1)]);

        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Status == OutboxMessageStatus.DeadLettered)),
            "the message is dead-lettered");
        var row = await host.QueryAsync(db => db.Set<OutboxMessage>().SingleAsync());
        Assert.Equal(4, row.Attempts);
        Assert.Equal("InvalidOperationException: broker said no #4", row.LastError);
        Assert.Null(row.LockedBy);
        Assert.Equal(4, transport.Attempts[row.Id]);
        Assert.Empty(transport.Published);
    }

    [Fact]
    public async Task Relay_EarlierMessageFailing_HoldsBackLaterMessagesOfItsAggregateOnly()
    {
        var blocked = Guid.CreateVersion7();
        var free = Guid.CreateVersion7();
        var transport = new ScriptedTransport();
        transport.Script = (message, attempt) =>
            message.PartitionKey == blocked.ToString() && Step(message.Payload) == 1 && attempt <= 3
                ? new InvalidOperationException("transient")
                : null;
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartAsync(database, transport, o => o.MaxPublishAttempts = 10);
        await host.WriteAsync([(blocked, 1), (blocked, 2), (free, 1), (blocked, 3), (free, 2)]);

        await Eventually.UntilAsync(() => transport.Published.Count == 5, "all five published");
        var order = transport.Published.Select(m => (m.PartitionKey, m.Payload)).ToList();
        var blockedSteps = order.Where(m => m.PartitionKey == blocked.ToString()).Select(m => Step(m.Payload));
        Assert.Equal([1, 2, 3], blockedSteps);
        Assert.Equal(4, transport.Attempts.Values.Max());
        // The other aggregate was not held back: both its events went out before the failing one recovered.
        Assert.Equal(free.ToString(), order[0].PartitionKey);
        Assert.Equal(free.ToString(), order[1].PartitionKey);
        var row = await host.QueryAsync(db => db.Set<OutboxMessage>().OrderBy(m => m.Sequence).FirstAsync());
        Assert.Equal(OutboxMessageStatus.Published, row.Status);
        Assert.Equal(4, row.Attempts);
        Assert.Equal("InvalidOperationException: transient", row.LastError);
    }

    [Fact]
    public async Task Relay_TransportUnavailable_KeepsMessagesPendingWithoutSpendingAttempts()
    {
        var down = true;
        var transport = new ScriptedTransport { Script = (_, _) => Volatile.Read(ref down) ? new TransportUnavailableException("broker down") : null };
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartAsync(database, transport, o => o.MaxPublishAttempts = 2);
        var orderId = Guid.CreateVersion7();
        await host.WriteAsync([(orderId, 1), (orderId, 2), (orderId, 3)]);

        await Eventually.UntilAsync(() => transport.Attempts.Values.Sum() >= 5, "the relay kept trying while the transport was down");
        Assert.Equal(0, await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Attempts > 0 || m.Status != OutboxMessageStatus.Pending)));
        Volatile.Write(ref down, false);

        await Eventually.UntilAsync(() => transport.Published.Count == 3, "all published once the transport is back");
        Assert.Equal([1, 2, 3], transport.Published.Select(m => Step(m.Payload)));
        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published && m.Attempts == 1)) == 3,
            "all three marked published after one counted attempt");
    }

    [Fact]
    public async Task Claim_TwoRelaysAtOnce_DisjointAndNeverSplitAnAggregate()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await StartAsync(database, new ScriptedTransport(), o => o.RelayEnabled = false);
        var orders = Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7()).ToList();
        for (var step = 1; step <= 5; step++)
        {
            await host.WriteAsync(orders.Select(o => (o, step)));
        }

        for (var round = 0; round < 10; round++)
        {
            await using var a = database.CreateContext();
            await using var b = database.CreateContext();
            var now = DateTimeOffset.UtcNow;
            var claims = await Task.WhenAll(
                Task.Run(() => new OutboxStore(a).ClaimAsync("relay-a", 30, now, TimeSpan.FromMinutes(1), CancellationToken.None)),
                Task.Run(() => new OutboxStore(b).ClaimAsync("relay-b", 30, now, TimeSpan.FromMinutes(1), CancellationToken.None)));
            var keysA = claims[0].Select(c => c.Message.PartitionKey).ToHashSet();
            var keysB = claims[1].Select(c => c.Message.PartitionKey).ToHashSet();
            Assert.Empty(claims[0].Select(c => c.Message.Id).Intersect(claims[1].Select(c => c.Message.Id)));
            Assert.Empty(keysA.Intersect(keysB));
            await new OutboxStore(a).MarkPublishedAsync("relay-a", claims[0].Select(c => c.Message.Id).ToList(), now, CancellationToken.None);
            await new OutboxStore(b).MarkPublishedAsync("relay-b", claims[1].Select(c => c.Message.Id).ToList(), now, CancellationToken.None);
        }

        Assert.Equal(100, await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published)));
    }

    [Fact]
    public async Task Relay_ClaimOfDeadRelayExpires_AnotherRelayPublishesInOrder()
    {
        var transport = new ScriptedTransport();
        await using var database = await MessagingDatabase.CreateAsync();
        await using (var writer = await StartAsync(database, transport, o => o.RelayEnabled = false))
        {
            var orderId = Guid.CreateVersion7();
            await writer.WriteAsync([(orderId, 1), (orderId, 2)]);
        }

        // A relay claims everything, then dies without settling: its lease runs out two seconds from now.
        await using (var dead = database.CreateContext())
        {
            var claimed = await new OutboxStore(dead).ClaimAsync("dead-relay", 10, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(2), CancellationToken.None);
            Assert.Equal(2, claimed.Count);
        }

        await using var host = await StartAsync(database, transport, _ => { });

        await Eventually.UntilAsync(() => transport.Published.Count == 2, "the live relay takes over after the lease");
        Assert.Equal([1, 2], transport.Published.Select(m => Step(m.Payload)));
        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published && m.LockedBy == null)) == 2,
            "both marked published by the live relay");
    }

    private static Task<MessagingHost> StartAsync(MessagingDatabase database, ScriptedTransport transport, Action<MessagingOptions> options) =>
        MessagingHost.StartAsync(database.ConnectionString, "orders", options: options,
            services: s => s.Replace(ServiceDescriptor.Singleton<IMessageTransport>(transport)));

    private static int Step(string payload) => System.Text.Json.JsonDocument.Parse(payload).RootElement.GetProperty("step").GetInt32();
}
