#if RAMPART_JOBS_QUARTZ
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Orders.UseCases;

/// <summary>
/// Orders still pending long after they were placed (Catalog's consumer down, the message dead-lettered) are cancelled
/// through <see cref="OrderCancellation"/>, the customer's own cancel, so the status change is published and the owner
/// told. A driving adapter decides when (the scheduler); the core only knows the rule.
/// </summary>
public sealed class CancelStalePendingOrders(IOrderRepository orders, OrderCancellation cancellation, TimeProvider clock) : ICancelStalePendingOrders
{
    public async Task<int> CancelStalePendingAsync(TimeSpan pendingFor, int batchSize, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - pendingFor;
        var stale = await orders.FindPendingPlacedBeforeAsync(cutoff, batchSize, cancellationToken);
        var cancelled = 0;
        foreach (var id in stale)
        {
            // An order answered since the query is no longer stale, and is left as it is.
            var result = await cancellation.CancelAsync(id, order => order.Status == OrderStatus.Pending && order.CreatedAt < cutoff, cancellationToken);
            if (result.IsSuccess)
            {
                cancelled++;
            }
        }

        return cancelled;
    }
}
#endif
