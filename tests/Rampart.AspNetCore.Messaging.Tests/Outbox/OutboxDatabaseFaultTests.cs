using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
using Rampart.AspNetCore.Messaging.Transport;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Outbox;

public sealed class OutboxDatabaseFaultTests
{
    [Fact]
    public async Task Relay_PostgresRestarted_ResumesAndLosesNothing()
    {
        await using var server = await PostgresInstance.StartAsync();
        await using var database = await MessagingDatabase.CreateAsync(server.ConnectionString);
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            m => m.AddConsumer<OrderPlaced, RecordingHandler>("reserve-stock"));
        var orderId = Guid.CreateVersion7();
        await host.WriteAsync(Enumerable.Range(1, 10).Select(step => (orderId, step)));

        // The test server runs with synchronous_commit off; make the acknowledged commits durable, as they are in production.
        await CheckpointAsync(server.ConnectionString);
        await server.StopAsync();
        await server.StartAgainAsync();
        await Eventually.UntilAsync(async () =>
        {
            await host.WriteAsync(Enumerable.Range(11, 10).Select(step => (orderId, step)));
            return true;
        }, "the application writes again once the database is back");

        await Eventually.UntilAsync(
            async () => await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxMessageStatus.Published)) == 20,
            "all 20 outbox rows published after the restart");
        var steps = await host.QueryAsync(db => db.Effects.OrderBy(e => e.Id).Select(e => e.Step).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 20), steps);
        Assert.Equal(20, await host.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.Status == InboxMessageStatus.Processed)));
    }

    [Fact]
    public async Task Relay_DatabaseDiesMidPublish_ResumesWithinTheBackoffCapOnceItIsBack()
    {
        await using var server = await PostgresInstance.StartAsync();
        await using var database = await MessagingDatabase.CreateAsync(server.ConnectionString);
        var outage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var transport = new ScriptedTransport();
        transport.Script = (_, attempt) =>
        {
            if (attempt > 1)
            {
                return null;
            }

            // The first publish finds the database gone (an in-process consumer would), as an outage in mid-batch.
            server.StopAsync().GetAwaiter().GetResult();
            outage.TrySetResult();
            return new TransportUnavailableException("consumer database unreachable");
        };
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders",
            options: o => o.TransportUnavailableDelay = RecoveryCap,
            services: s => s.Replace(ServiceDescriptor.Singleton<IMessageTransport>(transport)));
        await host.WriteAsync([(Guid.CreateVersion7(), 1)]);
        await outage.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Down long enough for the relay's backoff to reach its cap.
        await Eventually.UntilAsync(() => host.Logs.Entries.Count(e => e.EventId.Id is 2003 or 2004) >= 4, "the relay retries during the outage");
        await server.StartAgainAsync();
        var back = System.Diagnostics.Stopwatch.StartNew();

        await Eventually.UntilAsync(() => !transport.Published.IsEmpty, "the message goes out once the database is back");
        Assert.True(back.Elapsed < RecoveryBound, $"published {back.Elapsed.TotalSeconds:0.0} s after the database came back; the bound is {RecoveryBound.TotalSeconds} s");
    }

    // The production default cap; the bound leaves room for one backoff, a reconnect and a busy machine.
    private static readonly TimeSpan RecoveryCap = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(4);

    private static async Task CheckpointAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CHECKPOINT", connection);
        await command.ExecuteNonQueryAsync();
    }
}
