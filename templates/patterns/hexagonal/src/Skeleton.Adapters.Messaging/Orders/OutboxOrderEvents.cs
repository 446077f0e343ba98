using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Messaging.Orders;

/// <summary>Orders' events into the outbox, ordered per order (the partition key), committed by the core's unit of work.</summary>
internal sealed class OutboxOrderEvents(IOutbox outbox) : IOrderEvents
{
    public void Publish(OrderPlaced placed) => outbox.Add(placed, placed.OrderId.ToString());

    public void Publish(OrderCancelled cancelled) => outbox.Add(cancelled, cancelled.OrderId.ToString());

    public void Publish(OrderStatusChanged changed) => outbox.Add(changed, changed.OrderId.ToString());
}
