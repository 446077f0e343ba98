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
            await using var storeA = await OutboxStore.BeginAsync(a, CancellationToken.None);
            await using var storeB = await OutboxStore.BeginAsync(b, CancellationToken.None);
            var now = DateTimeOffset.UtcNow;
            var claims = await Task.WhenAll(
                Task.Run(() => storeA.ClaimAsync(30, now, CancellationToken.None)),
                Task.Run(() => storeB.ClaimAsync(30, now, CancellationToken.None)));
            var keysA = claims[0].Select(c => c.Message.PartitionKey).ToHashSet();
            var keysB = claims[1].Select(c => c.Message.PartitionKey).ToHashSet();
            Assert.Empty(claims[0].Select(c => c.Message.Id).Intersect(claims[1].Select(c => c.Message.Id)));
            Assert.Empty(keysA.Intersect(keysB));
            await storeA.CompleteAsync(claims[0].Select(c => c.Message.Id).ToList(), now, CancellationToken.None);
            await storeB.CompleteAsync(claims[1].Select(c => c.Message.Id).ToList(), now, CancellationToken.None);
        }

        Assert.Equal(100, await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published)));
    }

    [Fact]
    public async Task Relay_DeadRelayHeldABatch_AnotherTakesItOverAtOnceInOrderAndNeverConcurrently()
    {
        var transport = new ScriptedTransport();
        await using var database = await MessagingDatabase.CreateAsync();
        var orderId = Guid.CreateVersion7();
        await using (var writer = await StartAsync(database, transport, o => o.RelayEnabled = false))
        {
            await writer.WriteAsync([(orderId, 1), (orderId, 2)]);
        }

        // A relay locks the batch and is then killed mid-publish: its connection dies with its process.
        await using var dead = database.CreateContext();
        var held = await OutboxStore.BeginAsync(dead, CancellationToken.None);
        Assert.Equal(2, (await held.ClaimAsync(10, DateTimeOffset.UtcNow, CancellationToken.None)).Count);
        await using var host = await StartAsync(database, transport, _ => { });
        await using (var other = database.CreateContext())
        {
            await using var rival = await OutboxStore.BeginAsync(other, CancellationToken.None);
            Assert.Empty(await rival.ClaimAsync(10, DateTimeOffset.UtcNow, CancellationToken.None));
        }

        Assert.Empty(transport.Published);
        var killed = System.Diagnostics.Stopwatch.StartNew();
        await TerminateAsync(database, (Npgsql.NpgsqlConnection)dead.Database.GetDbConnection());

        await Eventually.UntilAsync(() => transport.Published.Count == 2, "the live relay takes the batch over");
        Assert.True(killed.Elapsed < TakeoverBound, $"taken over in {killed.Elapsed.TotalSeconds:0.0} s, the bound is {TakeoverBound.TotalSeconds} s");
        Assert.Equal([1, 2], transport.Published.Select(m => Step(m.Payload)));
        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published)) == 2,
            "both marked published by the live relay");
        await held.DisposeAsync();
    }

    // The live relay polls every 50 ms here; a lease would have kept the batch for its whole duration.
    private static readonly TimeSpan TakeoverBound = TimeSpan.FromSeconds(3);

    private static async Task TerminateAsync(MessagingDatabase database, Npgsql.NpgsqlConnection victim)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT pg_terminate_backend({victim.ProcessID})", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static Task<MessagingHost> StartAsync(MessagingDatabase database, ScriptedTransport transport, Action<MessagingOptions> options) =>
        MessagingHost.StartAsync(database.ConnectionString, "orders", options: options,
            services: s => s.Replace(ServiceDescriptor.Singleton<IMessageTransport>(transport)));

    private static int Step(string payload) => System.Text.Json.JsonDocument.Parse(payload).RootElement.GetProperty("step").GetInt32();
}
