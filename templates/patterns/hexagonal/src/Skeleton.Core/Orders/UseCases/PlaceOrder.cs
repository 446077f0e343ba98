using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Common;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Orders.UseCases;

/// <summary>Prices the lines from Catalog's contract, stores the pending order and publishes <see cref="OrderPlaced"/> with it.</summary>
public sealed class PlaceOrder(IProductPrices prices, IOrderRepository orders, IOrderEvents events, IUnitOfWork unitOfWork) : IPlaceOrder
{
    public async Task<Result<Order>> PlaceAsync(Caller caller, IReadOnlyList<RequestedLine?>? lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var checkedLines = OrderLines.Validate(lines);
        if (checkedLines.Error is { } invalid)
        {
            return invalid;
        }

        var known = await prices.GetPricesAsync([.. checkedLines.Value.Select(l => l.ProductId)], cancellationToken);
        var items = OrderLines.Price(checkedLines.Value, known);
        if (items.Error is { } unknownProducts)
        {
            return unknownProducts;
        }

        var order = Order.Place(caller.Id, items.Value);
        orders.Add(order);
        events.Publish(new OrderPlaced(order.Id, order.CustomerId, order.Lines()));
        events.Publish(order.StatusChanged());
        var committed = await unitOfWork.CommitAsync(OrderErrors.Changed, cancellationToken);
        return committed.Error is { } error ? error : order;
    }
}
