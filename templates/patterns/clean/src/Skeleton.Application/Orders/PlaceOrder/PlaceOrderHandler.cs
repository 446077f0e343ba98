using Skeleton.Application.Catalog.Contracts;
using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders.PlaceOrder;

/// <summary>
/// A customer orders: the lines are checked, priced by the catalog, and the pending order is saved with its
/// <c>OrderPlaced</c> event in one transaction, so Catalog hears of exactly the orders that exist.
/// </summary>
public sealed class PlaceOrderHandler(ICurrentUser user, IProductCatalog catalog, IOrderRepository orders, IUnitOfWork unitOfWork)
{
    public async Task<Result<OrderDto>> HandleAsync(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Customer))
        {
            return Error.Forbidden(Access.ForbiddenCode, "Only customers place orders.");
        }

        var lines = PlaceOrderValidation.Validate(command);
        if (lines.Error is { } invalid)
        {
            return invalid;
        }

        var prices = await catalog.GetPricesAsync([.. lines.Value.Select(l => l.ProductId)], cancellationToken);
        var items = PlaceOrderValidation.Price(lines.Value, prices);
        if (items.Error is { } unknownProducts)
        {
            return unknownProducts;
        }

        var order = Order.Place(user.RequireId(), items.Value);
        orders.Add(order);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return OrderDto.From(order);
    }
}
