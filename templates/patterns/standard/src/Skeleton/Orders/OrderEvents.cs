using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Data;

namespace Skeleton.Orders;

/// <summary>The events an order's changes write to the outbox, committed by the same <c>SaveChanges</c> as the change.</summary>
internal static class OrderEvents
{
    public static void Placed(this IOutbox<AppDbContext> outbox, Order order) =>
        outbox.Add(new OrderPlaced(order.Id, order.CustomerId, [.. order.Items.Select(i => new OrderLine(i.ProductId, i.Quantity))]), order.Id.ToString());

    public static void StatusChanged(this IOutbox<AppDbContext> outbox, Order order) =>
        outbox.Add(new OrderStatusChanged(order.Id, order.CustomerId, order.Status.ToName()), order.Id.ToString());
}
