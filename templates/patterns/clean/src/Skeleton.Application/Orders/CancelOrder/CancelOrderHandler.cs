using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders.CancelOrder;

/// <summary>
/// The owner or an administrator cancels a pending or confirmed order (see <see cref="Order.Cancel"/>). Catalog's
/// answer may change the order at the same moment: then the cancel is tried again on the fresh order.
/// </summary>
public sealed class CancelOrderHandler(ICurrentUser user, IOrderRepository orders, IUnitOfWork unitOfWork)
{
    private const int MaxAttempts = 3;

    public async Task<Result<OrderDto>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await orders.FindAsync(id, cancellationToken);
            if (order is null || !user.IsOwnerOrAdmin(order.CustomerId))
            {
                return OrderErrors.NotFound;
            }

            if (order.Cancel().Error is { } error)
            {
                return error;
            }

            try
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return OrderDto.From(order);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // The unit of work forgot the stale order: the next attempt reads it again.
            }
        }
    }
}
