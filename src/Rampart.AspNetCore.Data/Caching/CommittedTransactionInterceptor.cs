using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rampart.AspNetCore.Data.Caching;

/// <summary>Runs the work held for a transaction EF Core commits, once it has (and drops it on rollback).</summary>
internal sealed class CommittedTransactionInterceptor : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCallbacks.CommittedAsync(transaction).GetAwaiter().GetResult();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        TransactionCallbacks.CommittedAsync(transaction);

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCallbacks.RolledBack(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCallbacks.RolledBack(transaction);
        return Task.CompletedTask;
    }
}
