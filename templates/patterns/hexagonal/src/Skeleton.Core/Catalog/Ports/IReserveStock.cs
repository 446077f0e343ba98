using Skeleton.Core.Orders.Contracts;

namespace Skeleton.Core.Catalog.Ports;

/// <summary>Inbound port driven by the messaging adapter: Catalog's answer to Orders' events.</summary>
public interface IReserveStock
{
    /// <summary>Reserves every line of a placed order or none, and publishes the answer.</summary>
    Task ReserveAsync(OrderPlaced order, CancellationToken cancellationToken);

    /// <summary>Gives back what a cancelled order held.</summary>
    Task ReleaseAsync(OrderCancelled order, CancellationToken cancellationToken);
}
