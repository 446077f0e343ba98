using System.Data.Common;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>A keyed request's transaction on the connection of the store's DbContext in the request, closed with it.</summary>
internal sealed class PostgresIdempotencyTransaction(
    DbConnection connection, DbTransaction transaction, IdempotencyKeyState state, IdempotencyRecord? existing, IdempotencySql sql)
    : IIdempotencyTransaction
{
    public IdempotencyKeyState State { get; } = state;

    public IdempotencyRecord? Existing { get; } = existing;

    public DbTransaction Transaction { get; } = transaction;

    public Task CommitAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return sql.CommitAsync(Transaction, record, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Rolls back unless committed; on a broken connection the server has rolled back already.
            await Transaction.DisposeAsync();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
