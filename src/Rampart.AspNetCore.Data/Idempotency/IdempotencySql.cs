using System.Data.Common;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// The two batches of a keyed request, each one round trip: acquire (look for a live record, else try the key's
/// advisory lock, then read again under it) and commit (store the response, then COMMIT).
/// </summary>
internal sealed class IdempotencySql(string table)
{
    // A live record means a replay and takes no lock, so concurrent replays never see each other as in flight.
    // Under READ COMMITTED each statement of the batch reads its own snapshot: the second one, taken after the lock,
    // sees a record that a previous holder committed just before releasing it.
    private readonly string _tryLock =
        $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {table} WHERE scope = $1 AND key = $2 AND expires_at > $3) THEN NULL " +
        "ELSE pg_try_advisory_xact_lock(hashtextextended($4, 0)) END";

    private readonly string _read =
        $"SELECT fingerprint, created_at, expires_at, response_status, response_headers::text, response_body FROM {table} " +
        "WHERE scope = $1 AND key = $2 AND expires_at > $3";

    // An expired record of the same key is replaced; a live one cannot exist while the lock is held.
    private readonly string _store =
        $"""
        INSERT INTO {table} AS k (scope, key, fingerprint, created_at, expires_at, response_status, response_headers, response_body)
        VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
        ON CONFLICT (scope, key) DO UPDATE SET
          fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
          response_status = EXCLUDED.response_status, response_headers = EXCLUDED.response_headers, response_body = EXCLUDED.response_body
        WHERE k.expires_at <= EXCLUDED.created_at
        """;

    private readonly string _lockPrefix = table + "\n";

    /// <summary>Whether the lock was taken (null: a live record made it unnecessary) and the live record, if any.</summary>
    public async Task<(bool? Locked, IdempotencyRecord? Existing)> AcquireAsync(
        DbTransaction transaction, string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var batch = transaction.Connection!.CreateBatch();
        batch.Transaction = transaction;
        Add(batch, _tryLock, scope, key, now, _lockPrefix + scope + "\n" + key);
        Add(batch, _read, scope, key, now);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        bool? locked = await reader.IsDBNullAsync(0, cancellationToken) ? null : reader.GetBoolean(0);
        await reader.NextResultAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (locked, null);
        }

        return (locked, new IdempotencyRecord
        {
            Scope = scope,
            Key = key,
            Fingerprint = reader.GetString(0),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(1),
            ExpiresAt = reader.GetFieldValue<DateTimeOffset>(2),
            ResponseStatus = reader.GetInt32(3),
            ResponseHeaders = await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4),
            ResponseBody = await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetFieldValue<byte[]>(5),
        });
    }

    /// <summary>Stores the record and commits the transaction with it.</summary>
    public async Task CommitAsync(DbTransaction transaction, IdempotencyRecord record, CancellationToken cancellationToken)
    {
        await using var batch = transaction.Connection!.CreateBatch();
        batch.Transaction = transaction;
        Add(batch, _store, record.Scope, record.Key, record.Fingerprint, record.CreatedAt, record.ExpiresAt, record.ResponseStatus,
            (object?)record.ResponseHeaders ?? DBNull.Value, (object?)record.ResponseBody ?? DBNull.Value);

        // COMMIT in the same round trip: if the insert fails the server skips it, and the transaction rolls back.
        Add(batch, "COMMIT");
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(DbBatch batch, string sql, params object[] values)
    {
        var command = batch.CreateBatchCommand();
#pragma warning disable CA2100 // The only interpolated part is the table name read from the EF model, quoted.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var value in values)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        batch.BatchCommands.Add(command);
    }
}
