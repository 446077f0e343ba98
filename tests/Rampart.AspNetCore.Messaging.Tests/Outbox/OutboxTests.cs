using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Tests.Support;

namespace Rampart.AspNetCore.Messaging.Tests.Outbox;

public sealed class OutboxTests
{
    [Fact]
    public async Task Add_SavedWithChange_WritesOnePendingRowWithEnvelope()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders", options: o => o.RelayEnabled = false);
        var orderId = Guid.CreateVersion7();
        using var source = new ActivitySource("outbox-tests");
        using var listener = ListenTo("outbox-tests");
        string traceParent;
        using (var activity = source.StartActivity("place order")!)
        {
            traceParent = activity.Id!;
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
            db.Orders.Add(new TestOrder { Id = orderId, Number = "A-1" });
            scope.ServiceProvider.GetRequiredService<IOutbox>().Add(new OrderPlaced(orderId, 1), orderId.ToString());
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var row = await check.Set<OutboxMessage>().SingleAsync();
        Assert.Equal("tests.order_placed", row.Type);
        Assert.Equal(orderId.ToString(), row.PartitionKey);
        Assert.Equal(OutboxMessageStatus.Pending, row.Status);
        Assert.Equal(7, row.Id.Version);
        Assert.Equal(orderId, JsonDocument.Parse(row.Payload).RootElement.GetProperty("orderId").GetGuid());
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers)!;
        Assert.Equal(traceParent, headers["traceparent"]);
        Assert.Equal(1, await check.Orders.CountAsync());
    }

    [Fact]
    public async Task Add_TransactionRolledBack_LeavesNoRow()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders", options: o => o.RelayEnabled = false);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var order = new TestOrder { Number = "A-1" };
            db.Orders.Add(order);
            scope.ServiceProvider.GetRequiredService<IOutbox>().Add(new OrderPlaced(order.Id, 1), order.Id.ToString());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Set<OutboxMessage>().CountAsync());
        Assert.Equal(0, await check.Orders.CountAsync());
    }

    [Fact]
    public async Task Add_SaveChangesViolatesConstraint_LeavesNoRow()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders", options: o => o.RelayEnabled = false);
        await using (var seed = database.CreateContext())
        {
            seed.Orders.Add(new TestOrder { Number = "A-1" });
            await seed.SaveChangesAsync();
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
            var duplicate = new TestOrder { Number = "A-1" };
            db.Orders.Add(duplicate);
            scope.ServiceProvider.GetRequiredService<IOutbox>().Add(new OrderPlaced(duplicate.Id, 1), duplicate.Id.ToString());
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(failure.InnerException).SqlState);
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Set<OutboxMessage>().CountAsync());
        Assert.Equal(1, await check.Orders.CountAsync());
    }

    [Fact]
    public async Task Add_ManyInOneSaveChanges_KeepsAddOrderInSequence()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var host = await MessagingHost.StartAsync(database.ConnectionString, "orders", options: o => o.RelayEnabled = false);
        var orderId = Guid.CreateVersion7();
        await host.WriteAsync(Enumerable.Range(1, 200).Select(step => (orderId, step)));

        await using var check = database.CreateContext();
        var payloads = await check.Set<OutboxMessage>().OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync();
        var steps = payloads.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("step").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, 200), steps);
    }

    [Fact]
    public async Task MigrationHelpers_UpThenDown_CreateAndDropTheTables()
    {
        await using var database = await MessagingDatabase.CreateAsync();
        await using var db = database.CreateContext();
        Assert.Equal(2, await CountMessagingTablesAsync(database.ConnectionString));

        await db.GetService<IMigrator>().MigrateAsync("0");

        Assert.Equal(0, await CountMessagingTablesAsync(database.ConnectionString));
    }

    private static async Task<long> CountMessagingTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'messaging' AND table_name IN ('outbox_messages', 'inbox_messages')",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static ActivityListener ListenTo(string source)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
