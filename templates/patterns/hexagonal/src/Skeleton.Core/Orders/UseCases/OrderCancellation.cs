using Skeleton.Core.Common;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Orders.UseCases;

/// <summary>
/// The one cancel of the core: pending or confirmed → cancelled. Cancelling a confirmed order publishes
/// <see cref="OrderCancelled"/> so Catalog releases the stock; a pending order has nothing reserved yet (a reservation
/// that arrives later is handed back by <see cref="ConcludeOrder"/>). A concurrent status change (Catalog's answer) is
/// retried on the fresh order. The customer's cancel and the stale-order cancel differ only in which order they may cancel.
/// </summary>
public sealed class OrderCancellation(IOrderRepository orders, IOrderEvents events, IUnitOfWork unitOfWork)
{
    private const int MaxAttempts = 3;

    /// <summary>Cancels order <paramref name="id"/> when <paramref name="mayCancel"/> accepts it; otherwise it is not found.</summary>
    public async Task<Result<Order>> CancelAsync(Guid id, Func<Order, bool> mayCancel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mayCancel);
        for (var attempt = 1; ; attempt++)
        {
            if (await orders.FindAsync(id, cancellationToken) is not { } order || !mayCancel(order))
            {
                return OrderErrors.NotFound;
            }

            var wasConfirmed = order.Status == OrderStatus.Confirmed;
            if (order.Cancel().Error is { } error)
            {
                return error;
            }

            if (wasConfirmed)
            {
                events.Publish(new OrderCancelled(order.Id, order.Lines()));
            }

            events.Publish(order.StatusChanged());
            var committed = await unitOfWork.CommitAsync(OrderErrors.Changed, cancellationToken);
            if (committed.IsSuccess)
            {
                return order;
            }

            if (attempt == MaxAttempts)
            {
                return committed.Error!;
            }

            unitOfWork.Discard();
        }
    }
}
