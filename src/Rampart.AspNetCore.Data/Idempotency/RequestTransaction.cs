using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Rampart.AspNetCore.Data.Caching;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// The request's idempotency transaction and the DbContexts that join it. Every DbContext registered for joining
/// reports here when the request resolves it; while a transaction is open (and for those resolved before it opened,
/// once it does) the context is moved onto the transaction's connection and told to use the transaction, so its
/// SaveChanges commits nothing by itself. <see cref="Leave"/> gives each context its own connection back before the
/// scope ends: pooled contexts are reused by other requests.
/// </summary>
internal sealed class RequestTransaction : IRequestTransaction
{
    private readonly List<DbContext> _resolved = [];
    private readonly List<Joined> _joined = [];
    private List<Action>? _onCommitted;
    private DbTransaction? _transaction;
    private DbTransaction? _began;

    public bool IsActive => _transaction is not null;

    public void OnCommitted(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (IsActive)
        {
            (_onCommitted ??= []).Add(callback);
        }
        else
        {
            callback();
        }
    }

    /// <summary>Called when the request resolves a joining DbContext.</summary>
    public void Track(DbContext context)
    {
        _resolved.Add(context);
        if (IsActive)
        {
            Join(context);
        }
    }

    public void Begin(DbTransaction transaction)
    {
        _transaction = transaction;
        _began = transaction;
        foreach (var context in _resolved)
        {
            Join(context);
        }
    }

    /// <summary>Detaches every joined DbContext from the transaction (committed or not, it is no longer theirs).</summary>
    public void Leave()
    {
        foreach (var joined in _joined)
        {
            try
            {
                var database = joined.Context.Database;
                database.UseTransaction(null);

                // UseTransaction counted an open of the (already open) connection; this uncounts it without closing
                // it, so the context is left as it was leased (a pooled context keeps the count to its next lease).
                database.CloseConnection();
                if (joined.ConnectionString is { } own)
                {
                    // Owned again, as leased: the pool's reset then closes and disposes whatever it opens next.
                    database.SetDbConnection(null, contextOwnsConnection: true);
                    database.SetConnectionString(own);
                }
            }
            catch (ObjectDisposedException)
            {
                // The endpoint disposed the context itself: nothing to give back.
            }
        }

        _joined.Clear();
        _transaction = null;
    }

    /// <summary>Runs the work registered for after the commit, and what its DbContexts' saves held for it (cache removals).</summary>
    public async Task CommittedAsync()
    {
        var callbacks = _onCommitted;
        _onCommitted = null;
        foreach (var callback in callbacks ?? [])
        {
            callback();
        }

        await TransactionCallbacks.CommittedAsync(_began);
        _began = null;
    }

    /// <summary>Forgets the work registered for after the commit: the transaction rolled back.</summary>
    public void RolledBack()
    {
        _onCommitted = null;
        TransactionCallbacks.RolledBack(_began);
        _began = null;
    }

    private void Join(DbContext context)
    {
        var transaction = _transaction!;
        var connection = transaction.Connection!;
        var database = context.Database;
        string? ownConnectionString = null;
        if (!ReferenceEquals(database.GetDbConnection(), connection))
        {
            if (database.CurrentTransaction is not null)
            {
                throw new InvalidOperationException(
                    $"{context.GetType().Name} is in a transaction of its own, so it cannot join the request's idempotency transaction; " +
                    "let the idempotency middleware own the transaction of a keyed request.");
            }

            ownConnectionString = database.GetConnectionString();
            MoveOnto(database, connection);
        }

        database.UseTransaction(transaction);
        _joined.Add(new Joined(context, ownConnectionString));
    }

    // EF swaps a context's connection only when it counts no open of its own. A pooled context can come back from an
    // earlier lease still counting one (code that opened the connection and never closed it): the lease is exclusive,
    // so nothing else uses that connection, and closing it until EF agrees is safe.
    private static void MoveOnto(DatabaseFacade database, DbConnection connection)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                database.SetDbConnection(connection, contextOwnsConnection: false);
                return;
            }
            catch (InvalidOperationException) when (attempt < 16 && database.GetDbConnection() is not null)
            {
                database.CloseConnection();
            }
        }
    }

    private sealed record Joined(DbContext Context, string? ConnectionString);
}
