using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// The relay's statements on the outbox table. Each is a single statement, so each is its own short transaction;
/// between claim and settle a message is protected by its lease, not by a held lock.
/// </summary>
internal sealed class OutboxStore(DbContext db)
{
    private readonly string _table = MappedTable.QuotedName<OutboxMessage>(db, "AddRampartOutbox");

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due messages, oldest first. Rows another relay is claiming are
    /// skipped (SKIP LOCKED); a message is only taken when every earlier pending message of its partition is
    /// taken in the same batch, so no relay ever publishes a later message of an aggregate ahead of an earlier one.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(string owner, int batchSize, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH candidates AS (
                SELECT id, partition_key, sequence FROM {_table}
                WHERE status = 0 AND next_attempt_at <= @now AND (locked_until IS NULL OR locked_until <= @now)
                ORDER BY sequence
                LIMIT @batch
                FOR UPDATE SKIP LOCKED
            ), claimable AS (
                SELECT c.id FROM candidates c
                WHERE c.partition_key IS NULL OR NOT EXISTS (
                    SELECT 1 FROM {_table} e
                    WHERE e.partition_key = c.partition_key AND e.sequence < c.sequence AND e.status = 0
                      AND e.id NOT IN (SELECT id FROM candidates))
            )
            UPDATE {_table} o SET locked_by = @owner, locked_until = @lease
            FROM claimable WHERE o.id = claimable.id
            RETURNING o.id, o.type, o.partition_key, o.payload::text, o.headers::text, o.occurred_at, o.attempts, o.sequence
            """;
        var claimed = new List<ClaimedMessage>();
        await using var command = await CreateCommandAsync(sql, cancellationToken);
        Add(command, "now", now);
        Add(command, "batch", batchSize);
        Add(command, "owner", owner);
        Add(command, "lease", now + lease);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var headers = JsonSerializer.Deserialize(reader.GetString(4), MessagingJsonContext.Default.DictionaryStringString) ?? [];
                var message = new IntegrationMessage(
                    reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(3), headers);
                claimed.Add(new ClaimedMessage(message, reader.GetInt32(6), reader.GetInt64(7)));
            }
        }

        claimed.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return claimed;
    }

    public Task MarkPublishedAsync(string owner, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken) =>
        ids.Count == 0 ? Task.CompletedTask : ExecuteAsync(
            $"UPDATE {_table} SET status = 1, published_at = @now, attempts = attempts + 1, locked_by = NULL, locked_until = NULL WHERE id = ANY(@ids) AND locked_by = @owner",
            cancellationToken, ("now", now), ("ids", ids.ToArray()), ("owner", owner));

    public Task ReleaseAsync(string owner, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? Task.CompletedTask : ExecuteAsync(
            $"UPDATE {_table} SET locked_by = NULL, locked_until = NULL WHERE id = ANY(@ids) AND locked_by = @owner",
            cancellationToken, ("ids", ids.ToArray()), ("owner", owner));

    public Task MarkFailedAsync(string owner, Guid id, int attempts, string error, DateTimeOffset nextAttemptAt, bool deadLetter, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"UPDATE {_table} SET attempts = @attempts, last_error = @error, next_attempt_at = @next, status = @status, locked_by = NULL, locked_until = NULL WHERE id = @id AND locked_by = @owner",
            cancellationToken,
            ("attempts", attempts),
            ("error", error),
            ("next", nextAttemptAt),
            ("status", (int)(deadLetter ? OutboxMessageStatus.DeadLettered : OutboxMessageStatus.Pending)),
            ("id", id),
            ("owner", owner));

    public Task<int> DeletePublishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        ExecuteAsync($"DELETE FROM {_table} WHERE status = 1 AND published_at < @before", cancellationToken, ("before", before));

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = await CreateCommandAsync(sql, cancellationToken);
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<DbCommand> CreateCommandAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The only interpolated part is the table name read from the EF model, quoted.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
