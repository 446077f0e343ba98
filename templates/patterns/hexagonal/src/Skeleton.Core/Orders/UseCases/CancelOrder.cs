using Skeleton.Core.Common;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Orders.UseCases;

/// <summary>The owner or an admin cancels an order, through the one <see cref="OrderCancellation"/>; someone else's order is not found.</summary>
public sealed class CancelOrder(OrderCancellation cancellation) : ICancelOrder
{
    public Task<Result<Order>> CancelAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return cancellation.CancelAsync(id, order => caller.IsOwnerOrAdmin(order.CustomerId), cancellationToken);
    }
}
