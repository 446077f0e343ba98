using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// One dispatcher batch on the delivery table, in one transaction: the claim locks due rows (<c>FOR UPDATE SKIP
/// LOCKED</c>) for the time they are posted, as the outbox relay does, so several dispatchers never post one delivery
/// at once and a dispatcher that dies releases its rows with its connection.
/// </summary>
internal sealed class WebhookDeliveryStore : BatchTransaction
{
    private WebhookDeliveryStore(string table, DbConnection connection, DbTransaction transaction)
        : base(table, connection, transaction)
    {
    }

    public static async Task<WebhookDeliveryStore> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        var table = MappedTable.QuotedName<WebhookDelivery>(db, "AddRampartWebhooks");
        var (connection, transaction) = await OpenAsync(db, cancellationToken);
        return new WebhookDeliveryStore(table, connection, transaction);
    }

    /// <summary>Locks up to <paramref name="batchSize"/> due deliveries of the given webhooks, longest waiting first.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> ClaimAsync(string[] webhooks, int batchSize, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"""
            SELECT id, webhook, event_type, payload, attempts FROM {Table}
            WHERE status = 0 AND next_attempt_at <= @now AND webhook = ANY(@webhooks)
            ORDER BY next_attempt_at
            LIMIT @batch
            FOR UPDATE SKIP LOCKED
            """,
            ("now", now), ("webhooks", webhooks), ("batch", batchSize));
        var claimed = new List<WebhookDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new WebhookDelivery
            {
                Id = reader.GetGuid(0),
                Webhook = reader.GetString(1),
                EventType = reader.GetString(2),
                Payload = reader.GetString(3),
                Attempts = reader.GetInt32(4),
            });
        }

        return claimed;
    }

    public async Task MarkDeliveredAsync(Guid id, int attempts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"UPDATE {Table} SET status = 1, attempts = @attempts, delivered_at = @now WHERE id = @id",
            ("attempts", attempts), ("now", now), ("id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(Guid id, int attempts, string error, DateTimeOffset nextAttemptAt, bool exhausted, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"UPDATE {Table} SET status = @status, attempts = @attempts, last_error = @error, next_attempt_at = @next WHERE id = @id",
            ("status", (int)(exhausted ? WebhookDeliveryStatus.Exhausted : WebhookDeliveryStatus.Pending)),
            ("attempts", attempts), ("error", error), ("next", nextAttemptAt), ("id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes delivered rows older than <paramref name="before"/>; exhausted rows are kept for inspection.</summary>
    public static async Task DeleteDeliveredBeforeAsync(DbContext db, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = MappedTable.QuotedName<WebhookDelivery>(db, "AddRampartWebhooks");
#pragma warning disable EF1002 // Only the table name, read from the EF model and quoted, is interpolated; the value is a parameter.
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table} WHERE status = 1 AND delivered_at < {{0}}", [before], cancellationToken);
#pragma warning restore EF1002
    }
}
