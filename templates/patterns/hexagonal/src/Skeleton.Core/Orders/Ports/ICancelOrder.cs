using Skeleton.Core.Common;

namespace Skeleton.Core.Orders.Ports;

/// <summary>Inbound port: the owner or an admin cancels an order that is pending or confirmed.</summary>
public interface ICancelOrder
{
    Task<Result<Order>> CancelAsync(Caller caller, Guid id, CancellationToken cancellationToken);
}
