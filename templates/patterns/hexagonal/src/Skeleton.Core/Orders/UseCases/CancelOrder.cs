using Skeleton.Core.Common;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Orders.UseCases;

/// <summary>
/// pending or confirmed → cancelled. Cancelling a confirmed order publishes <see cref="OrderCancelled"/> so Catalog
/// releases the stock; a pending order has nothing reserved yet (a reservation that arrives later is handed back by
/// <see cref="ConcludeOrder"/>). A concurrent status change (Catalog's answer) is retried on the fresh order.
/// </summary>
public sealed class CancelOrder(IOrderRepository orders, IOrderEvents events, IUnitOfWork unitOfWork) : ICancelOrder
{
    private const int MaxAttempts = 3;

    public async Task<Result<Order>> CancelAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        for (var attempt = 1; ; attempt++)
        {
            if (await orders.FindAsync(id, cancellationToken) is not { } order || !caller.IsOwnerOrAdmin(order.CustomerId))
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
