using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Tests.Fakes;

/// <summary>The event ports, recording what the use cases published, in order.</summary>
internal sealed class RecordingEvents : IOrderEvents, IStockEvents
{
    public List<object> Published { get; } = [];

    public void Publish(OrderPlaced placed) => Published.Add(placed);

    public void Publish(OrderCancelled cancelled) => Published.Add(cancelled);

    public void Publish(OrderStatusChanged changed) => Published.Add(changed);

    public void Publish(StockReserved reserved) => Published.Add(reserved);

    public void Publish(StockReservationFailed failed) => Published.Add(failed);
}
