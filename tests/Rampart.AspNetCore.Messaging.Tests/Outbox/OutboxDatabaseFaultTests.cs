using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;
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

    private static async Task CheckpointAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CHECKPOINT", connection);
        await command.ExecuteNonQueryAsync();
    }
}
