using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Modules.Catalog.Contracts;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Messaging;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Features.PlaceOrder;

/// <summary>
/// Placing an order, the same for every edge that offers it: the lines the edge checked at its gate
/// (<see cref="PlaceOrderValidation.Validate"/>), priced from the catalog, then the pending order and
/// <c>OrderPlaced</c> in the outbox in the same SaveChanges.
/// </summary>
internal sealed class PlaceOrder(ICurrentUser caller, IProductCatalog catalog, OrdersDbContext db, IOutbox<OrdersDbContext> outbox)
{
    public async Task<Result<Order>> HandleAsync(IReadOnlyList<(Guid ProductId, int Quantity)> lines, CancellationToken cancellationToken)
    {
        var prices = await catalog.GetPricesAsync([.. lines.Select(l => l.ProductId)], cancellationToken);
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
}
