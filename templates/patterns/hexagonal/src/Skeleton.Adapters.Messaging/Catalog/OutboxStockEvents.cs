using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Catalog.Ports;

namespace Skeleton.Adapters.Messaging.Catalog;

/// <summary>Catalog's answers into the outbox, ordered with the order they answer.</summary>
internal sealed class OutboxStockEvents(IOutbox outbox) : IStockEvents
{
    public void Publish(StockReserved reserved) => outbox.Add(reserved, reserved.OrderId.ToString());

    public void Publish(StockReservationFailed failed) => outbox.Add(failed, failed.OrderId.ToString());
}
