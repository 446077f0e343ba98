using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// Keeps idempotency keys in the service's own PostgreSQL database. A keyed request's transaction runs on the
/// connection of the request's <typeparamref name="TContext"/>; the key is held by a transaction-scoped advisory lock
/// (<c>pg_try_advisory_xact_lock</c>), which PostgreSQL releases when the transaction ends — by commit, rollback, or
/// the connection dying with a crashed process — so a retry after a crash neither waits nor finds a stale claim.
/// </summary>
internal sealed class PostgresIdempotencyStore<TContext>(IServiceScopeFactory scopes) : IIdempotencyStore
    where TContext : DbContext
{
    // The statements, built once per context type from its model; the table name comes from the model, never input.
    private static IdempotencySql? _sql;

    public async Task<IIdempotencyTransaction> BeginAsync(
        IServiceProvider requestServices, string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestServices);
        var db = requestServices.GetRequiredService<TContext>();
        var sql = _sql ??= new IdempotencySql(TableName(db));
        // Opened and closed here, not through EF: EF then leaves the connection's state to its opener, so joining and
        // leaving the transaction never keeps it open past the request.
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        DbTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            for (var attempt = 0; ; attempt++)
            {
                var (locked, existing) = await sql.AcquireAsync(transaction, scope, key, now, cancellationToken);
                var state = existing is not null ? IdempotencyKeyState.Completed
                    : locked == true ? IdempotencyKeyState.Taken
                    : locked == false || attempt > 0 ? IdempotencyKeyState.InFlight
                    : (IdempotencyKeyState?)null;
                if (state is { } found)
                {
                    return new PostgresIdempotencyTransaction(connection, transaction, found, existing, sql);
                }

                // The record expired between the two statements: look once more, it is now absent.
            }
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await connection.CloseAsync();
            throw;
        }
    }

    public async Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var context = services.ServiceProvider.GetRequiredService<TContext>();
        return await context.Set<IdempotencyRecord>().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private static string TableName(DbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(IdempotencyRecord))
            ?? throw new InvalidOperationException(
                $"{typeof(TContext).Name} does not map the idempotency table: call modelBuilder.AddRampartIdempotency() in OnModelCreating.");
        var schema = entity.GetSchema();
        var name = string.Create(CultureInfo.InvariantCulture, $"\"{entity.GetTableName()}\"");
        return schema is null ? name : $"\"{schema}\".{name}";
    }
}
