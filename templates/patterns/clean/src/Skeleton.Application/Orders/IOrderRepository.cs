using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders;

/// <summary>The orders the use cases change; what they load is saved by <c>IUnitOfWork</c>.</summary>
public interface IOrderRepository
{
    /// <summary>The order with this id, with its items, or null.</summary>
    Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(Order order);
}
