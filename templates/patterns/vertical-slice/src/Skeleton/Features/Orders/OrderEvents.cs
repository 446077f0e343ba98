using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Features.Orders.Contracts;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Orders;

/// <summary>The events an order's changes write to the outbox (committed by the same SaveChanges).</summary>
internal static class OrderEvents
{
    public static void Placed(this IOutbox<AppDbContext> outbox, Order order) =>
        outbox.Add(new OrderPlaced(order.Id, order.CustomerId, Lines(order)), order.Id.ToString());

    public static void Cancelled(this IOutbox<AppDbContext> outbox, Order order) =>
        outbox.Add(new OrderCancelled(order.Id, Lines(order)), order.Id.ToString());

    public static void StatusChanged(this IOutbox<AppDbContext> outbox, Order order) =>
        outbox.Add(new OrderStatusChanged(order.Id, order.CustomerId, order.Status.ToName()), order.Id.ToString());

    private static List<OrderLine> Lines(Order order) => [.. order.Items.Select(i => new OrderLine(i.ProductId, i.Quantity))];
}
