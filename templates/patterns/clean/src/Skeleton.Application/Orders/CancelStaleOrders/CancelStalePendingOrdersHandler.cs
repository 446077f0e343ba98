#if RAMPART_JOBS_QUARTZ
using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders.CancelStaleOrders;

/// <summary>
/// Orders still pending long after they were placed (Catalog's answer never came: its consumer down, the message
/// dead-lettered) are cancelled through <see cref="OrderCancellation"/>, the customer's own cancel, so the status change
/// is published and the owner told. Run by the scheduler; nothing here knows which one.
/// </summary>
public sealed class CancelStalePendingOrdersHandler(IOrderRepository orders, OrderCancellation cancellation, TimeProvider time)
{
    /// <summary>Returns how many orders were cancelled.</summary>
    public async Task<int> HandleAsync(CancelStalePendingOrdersCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var cutoff = time.GetUtcNow() - command.PendingFor;
        var stale = await orders.FindPendingPlacedBeforeAsync(cutoff, command.BatchSize, cancellationToken);
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
