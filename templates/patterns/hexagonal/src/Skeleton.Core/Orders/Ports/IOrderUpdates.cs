namespace Skeleton.Core.Orders.Ports;

/// <summary>Outbound port: pushes an order's new status to its owner while they are connected (real time, best effort).</summary>
public interface IOrderUpdates
{
    Task StatusChangedAsync(Guid orderId, Guid customerId, string status, CancellationToken cancellationToken);
}
