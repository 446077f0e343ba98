using Skeleton.Core.Orders.Contracts;

namespace Skeleton.Core.Orders.Ports;

/// <summary>Outbound port: Orders' events, committed with the change that raised them and delivered afterwards.</summary>
public interface IOrderEvents
{
    void Publish(OrderPlaced placed);

    void Publish(OrderCancelled cancelled);

    void Publish(OrderStatusChanged changed);
}
