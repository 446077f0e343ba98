using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Messaging;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Features.CancelOrder;

/// <summary>
/// The one cancel of the Orders module: pending or confirmed → cancelled. Cancelling a confirmed order writes
/// <c>OrderCancelled</c> so Catalog releases the stock; a pending order has nothing reserved yet (a reservation that
/// arrives later is released by <c>ConfirmOrder</c>). A concurrent status change (Catalog's answer) is retried on the
/// fresh order. The customer's endpoint and the scheduler's job differ only in who may cancel which order.
/// </summary>
internal sealed class OrderCancellation(OrdersDbContext db, IOutbox<OrdersDbContext> outbox)
{
    private const int MaxAttempts = 3;

    /// <summary>Cancels order <paramref name="id"/> when <paramref name="mayCancel"/> accepts it; otherwise it is not found.</summary>
    public async Task<Result<Order>> CancelAsync(Guid id, Func<Order, bool> mayCancel, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (order is null || !mayCancel(order))
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
                outbox.Cancelled(order);
            }

            outbox.StatusChanged(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return order;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
