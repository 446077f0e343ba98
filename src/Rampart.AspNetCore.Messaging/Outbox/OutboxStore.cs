using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// One relay batch on the outbox table, in one transaction on the DbContext's connection: the claim locks the rows
/// (<c>FOR UPDATE SKIP LOCKED</c>) and the locks are held while the batch is published, until <see cref="CompleteAsync"/>
/// marks what went out and commits. No other relay can take a locked row, and a relay that dies releases its rows
/// with its connection, so another takes them over on its next poll rather than after a lease.
/// </summary>
internal sealed class OutboxStore : BatchTransaction
{
    private OutboxStore(string table, DbConnection connection, DbTransaction transaction)
        : base(table, connection, transaction)
    {
    }

    /// <summary>Opens the batch's transaction on <paramref name="db"/>'s connection.</summary>
    public static async Task<OutboxStore> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        var table = MappedTable.QuotedName<OutboxMessage>(db, "AddRampartOutbox");
        var (connection, transaction) = await OpenAsync(db, cancellationToken);
        return new OutboxStore(table, connection, transaction);
    }

    /// <summary>
    /// Locks up to <paramref name="batchSize"/> due messages, oldest first, skipping rows another relay holds. A message
    /// is only taken when every earlier pending message of its partition is taken in the same batch, so no relay ever
    /// publishes a later message of an aggregate ahead of an earlier one.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(int batchSize, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH candidates AS (
                SELECT id, partition_key, sequence FROM {Table}
                WHERE status = 0 AND next_attempt_at <= @now
                ORDER BY sequence
                LIMIT @batch
                FOR UPDATE SKIP LOCKED
            ), claimable AS (
                SELECT c.id FROM candidates c
                WHERE c.partition_key IS NULL OR NOT EXISTS (
                    SELECT 1 FROM {Table} e
                    WHERE e.partition_key = c.partition_key AND e.sequence < c.sequence AND e.status = 0
                      AND e.id NOT IN (SELECT id FROM candidates))
            )
            SELECT o.id, o.type, o.partition_key, o.payload::text, o.headers::text, o.occurred_at, o.attempts, o.sequence
            FROM {Table} o JOIN claimable ON o.id = claimable.id
            ORDER BY o.sequence
            """;
        var claimed = new List<ClaimedMessage>();
        await using var command = Command(sql, ("now", now), ("batch", batchSize));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var headers = JsonSerializer.Deserialize(reader.GetString(4), MessagingJsonContext.Default.DictionaryStringString) ?? [];
            var message = new IntegrationMessage(
                reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(3), headers);
            claimed.Add(new ClaimedMessage(message, reader.GetInt32(6), reader.GetInt64(7)));
        }

        return claimed;
    }

    /// <summary>Records a failed publish: the next attempt after a backoff, or the dead letter after the last.</summary>
    public async Task MarkFailedAsync(Guid id, int attempts, string error, DateTimeOffset nextAttemptAt, bool deadLetter, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"UPDATE {Table} SET attempts = @attempts, last_error = @error, next_attempt_at = @next, status = @status WHERE id = @id",
            ("attempts", attempts),
            ("error", error),
            ("next", nextAttemptAt),
            ("status", (int)(deadLetter ? OutboxMessageStatus.DeadLettered : OutboxMessageStatus.Pending)),
            ("id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Marks <paramref name="published"/> as sent and commits, in one round trip; the batch's other rows are simply
    /// unlocked by the commit.
    /// </summary>
    public async Task CompleteAsync(IReadOnlyCollection<Guid> published, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (published.Count > 0)
        {
            await using var mark = Command(
                $"UPDATE {Table} SET status = 1, published_at = @now, attempts = attempts + 1 WHERE id = ANY(@ids)",
                ("now", now), ("ids", published.ToArray()));
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await CommitAsync(cancellationToken);
    }

    /// <summary>Deletes published messages older than <paramref name="before"/>, in its own short transaction.</summary>
    public static async Task<int> DeletePublishedBeforeAsync(DbContext db, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = MappedTable.QuotedName<OutboxMessage>(db, "AddRampartOutbox");
#pragma warning disable EF1002 // Only the table name, read from the EF model and quoted, is interpolated; the value is a parameter.
        return await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table} WHERE status = 1 AND published_at < {{0}}", [before], cancellationToken);
#pragma warning restore EF1002
    }
}
