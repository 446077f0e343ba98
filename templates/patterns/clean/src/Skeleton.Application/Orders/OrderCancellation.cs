using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders;

/// <summary>
/// The one cancel of Orders: pending or confirmed → cancelled (see <see cref="Order.Cancel"/>, which raises the events
/// the unit of work writes to the outbox). Catalog's answer may change the order at the same moment: then the cancel is
/// tried again on the fresh order. The customer's cancel and the stale-order cancel differ only in which order they may
/// cancel, so it sits at the module's root, where two use cases share what they need.
/// </summary>
public sealed class OrderCancellation(IOrderRepository orders, IUnitOfWork unitOfWork)
{
    private const int MaxAttempts = 3;

    /// <summary>Cancels order <paramref name="id"/> when <paramref name="mayCancel"/> accepts it; otherwise it is not found.</summary>
    public async Task<Result<Order>> CancelAsync(Guid id, Func<Order, bool> mayCancel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mayCancel);
        for (var attempt = 1; ; attempt++)
        {
            var order = await orders.FindAsync(id, cancellationToken);
            if (order is null || !mayCancel(order))
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
                return order;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // The unit of work forgot the stale order: the next attempt reads it again.
            }
        }
    }
}
