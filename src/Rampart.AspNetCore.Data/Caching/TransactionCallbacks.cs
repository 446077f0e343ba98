using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Rampart.AspNetCore.Data.Caching;

/// <summary>
/// Work held until a database transaction commits, and dropped when it rolls back. Keyed by the ADO.NET transaction
/// itself (weakly, so an abandoned one leaves nothing behind), because the two ways a transaction ends here do not
/// share a DbContext: EF Core's own commit (the inbox, explicit transactions) and the idempotency middleware's COMMIT.
/// </summary>
internal static class TransactionCallbacks
{
    private static readonly ConditionalWeakTable<DbTransaction, List<Func<Task>>> Pending = [];

    public static void OnCommitted(DbTransaction transaction, Func<Task> callback)
    {
        var callbacks = Pending.GetValue(transaction, static _ => []);
        lock (callbacks)
        {
            callbacks.Add(callback);
        }
    }

    public static async Task CommittedAsync(DbTransaction? transaction)
    {
        if (transaction is null || !Pending.TryGetValue(transaction, out var callbacks))
        {
            return;
        }

        Pending.Remove(transaction);
        Func<Task>[] snapshot;
        lock (callbacks)
        {
            snapshot = [.. callbacks];
        }

        foreach (var callback in snapshot)
        {
            await callback();
        }
    }

    public static void RolledBack(DbTransaction? transaction)
    {
        if (transaction is not null)
        {
            Pending.Remove(transaction);
        }
    }
}
