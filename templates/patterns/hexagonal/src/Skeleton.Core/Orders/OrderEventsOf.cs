using Skeleton.Core.Orders.Contracts;

namespace Skeleton.Core.Orders;

/// <summary>How an order appears in its events.</summary>
public static class OrderEventsOf
{
    public static IReadOnlyList<OrderLine> Lines(this Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return [.. order.Items.Select(i => new OrderLine(i.ProductId, i.Quantity))];
    }

    public static OrderStatusChanged StatusChanged(this Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderStatusChanged(order.Id, order.CustomerId, order.Status.ToName());
    }
}
