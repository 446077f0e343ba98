using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Data;

namespace Skeleton.Orders;

/// <summary>
/// The order flow for the calling user: place (priced from the catalog, <see cref="OrderPlaced"/> in the outbox with the
/// order), read and list what the caller may see (their own orders; an admin every order), cancel (releasing the stock a
/// confirmed order holds, in the same transaction). Someone else's order is answered like a missing one.
/// </summary>
public sealed class OrderService(AppDbContext db, IOutbox<AppDbContext> outbox, ICurrentUser caller)
{
    private const int MaxCancelAttempts = 3;

    /// <summary>A pending order of the caller for <paramref name="lines"/> (checked by <see cref="PlaceOrderValidation.Validate"/>), priced now.</summary>
    public async Task<Result<Order>> PlaceAsync(IReadOnlyList<(Guid ProductId, int Quantity)> lines, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.ProductId).ToList();
        var prices = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Price, cancellationToken);
        var items = PlaceOrderValidation.Price(lines, prices);
        if (items.Error is { } unknownProducts)
        {
            return unknownProducts;
        }

        var order = Order.Place(caller.RequireId(), items.Value);
        db.Orders.Add(order);
        outbox.Placed(order);
        outbox.StatusChanged(order);
        await db.SaveChangesAsync(cancellationToken);
        return order;
    }

    public async Task<Result<Order>> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return order is not null && caller.IsOwnerOrAdmin(order.CustomerId) ? order : OrderErrors.NotFound;
    }

    /// <summary>The caller's orders, or every order for an admin; newest first.</summary>
    public Task<Page<Order>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.Orders.AsNoTracking();
        if (!caller.IsInRole(RampartRoles.Admin))
        {
            var customerId = caller.RequireId();
            query = query.Where(o => o.CustomerId == customerId);
        }

        return query.ToPageAsync(page, cancellationToken);
    }

    /// <summary>
    /// Pending or confirmed → cancelled; a confirmed order's reserved units go back to the products in the same
    /// transaction. A concurrent change (the reservation landing, a stock change) is retried on fresh rows.
    /// </summary>
    public Task<Result<Order>> CancelAsync(Guid id, CancellationToken cancellationToken) =>
        CancelAsync(id, order => caller.IsOwnerOrAdmin(order.CustomerId), cancellationToken);
#if RAMPART_JOBS_QUARTZ

    /// <summary>
    /// The scheduler's cancel (<see cref="CancelStalePendingOrders"/>): the same transition, events and retries as the
    /// customer's, for an order that is still pending and was placed before <paramref name="cutoff"/>.
    /// </summary>
    public Task<Result<Order>> CancelStaleAsync(Guid id, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        CancelAsync(id, order => order.Status == OrderStatus.Pending && order.CreatedAt < cutoff, cancellationToken);
#endif

    private async Task<Result<Order>> CancelAsync(Guid id, Func<Order, bool> mayCancel, CancellationToken cancellationToken)
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
                await ReleaseStockAsync(order, cancellationToken);
            }

            outbox.StatusChanged(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return order;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxCancelAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    // A product deleted since the order was confirmed still gets its units back: the reservation would stay forever.
    private async Task ReleaseStockAsync(Order order, CancellationToken cancellationToken)
    {
        var ids = order.Items.Select(i => i.ProductId).ToList();
        var products = await db.Products.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var item in order.Items)
        {
            if (products.TryGetValue(item.ProductId, out var product))
            {
                product.Reserved = Math.Max(0, product.Reserved - item.Quantity);
            }
        }
    }
}
