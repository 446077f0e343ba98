using Skeleton.Application.Common;
using Skeleton.Domain.Common;

namespace Skeleton.Application.Orders.CancelOrder;

/// <summary>
/// The owner or an administrator cancels a pending or confirmed order, through the one <see cref="OrderCancellation"/>;
/// someone else's order is not found.
/// </summary>
public sealed class CancelOrderHandler(ICurrentUser user, OrderCancellation cancellation)
{
    public async Task<Result<OrderDto>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var cancelled = await cancellation.CancelAsync(id, order => user.IsOwnerOrAdmin(order.CustomerId), cancellationToken);
        if (cancelled.Error is { } error)
        {
            return error;
        }

        return OrderDto.From(cancelled.Value);
    }
}
