using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Common;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Orders.UseCases;

/// <summary>
/// Catalog's answer to a placed order. A confirmation notifies the customer through <see cref="INotificationSender"/>
/// inside the same commit as the new status, so the notification goes out exactly when the confirmation holds.
/// </summary>
public sealed class ConcludeOrder(
    IOrderRepository orders, IOrderEvents events, INotificationSender notifications, IUnitOfWork unitOfWork, TimeProvider clock) : IConcludeOrder
{
    public async Task<Result> ConfirmAsync(StockReserved reserved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reserved);
        if (await orders.FindAsync(reserved.OrderId, cancellationToken) is not { } order)
        {
            return OrderErrors.NotFound;
        }

        if (order.Status == OrderStatus.Cancelled)
        {
            events.Publish(new OrderCancelled(order.Id, order.Lines()));
        }
        else if (order.Confirm().Error is { } error)
        {
            return error;
        }
        else
        {
            events.Publish(order.StatusChanged());
            await notifications.OrderConfirmedAsync(
                new OrderConfirmation(order.Id, order.CustomerId, order.Total, order.Lines(), clock.GetUtcNow()), cancellationToken);
        }

        return await unitOfWork.CommitAsync(OrderErrors.Changed, cancellationToken);
    }

    public async Task<Result> RejectAsync(StockReservationFailed failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failed);
        if (await orders.FindAsync(failed.OrderId, cancellationToken) is not { } order)
        {
            return OrderErrors.NotFound;
        }

        if (order.Reject(failed.Reason).Error is { } error)
        {
            return error;
        }

        events.Publish(order.StatusChanged());
        return await unitOfWork.CommitAsync(OrderErrors.Changed, cancellationToken);
    }
}
