namespace Skeleton.Application.Orders;

/// <summary>Tells an order's owner, wherever they are listening, that its status changed.</summary>
public interface IOrderNotifier
{
    Task StatusChangedAsync(Guid customerId, Guid orderId, string status, CancellationToken cancellationToken);
}
