using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Modules.Orders.Contracts;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Messaging;

/// <summary>The events an order's changes write to the Orders outbox (committed by the same SaveChanges).</summary>
internal static class OrderEvents
{
    public static void Placed(this IOutbox<OrdersDbContext> outbox, Order order) =>
        outbox.Add(new OrderPlaced(order.Id, order.CustomerId, Lines(order)), order.Id.ToString());

    public static void Cancelled(this IOutbox<OrdersDbContext> outbox, Order order) =>
        outbox.Add(new OrderCancelled(order.Id, Lines(order)), order.Id.ToString());

    public static void StatusChanged(this IOutbox<OrdersDbContext> outbox, Order order) =>
        outbox.Add(new OrderStatusChanged(order.Id, order.CustomerId, order.Status.ToName()), order.Id.ToString());

    private static List<OrderLine> Lines(Order order) => [.. order.Items.Select(i => new OrderLine(i.ProductId, i.Quantity))];
}
