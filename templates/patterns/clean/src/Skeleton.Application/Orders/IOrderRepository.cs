using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders;

/// <summary>The orders the use cases change; what they load is saved by <c>IUnitOfWork</c>.</summary>
public interface IOrderRepository
{
    /// <summary>The order with this id, with its items, or null.</summary>
    Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);
#if RAMPART_JOBS_QUARTZ

    /// <summary>The ids of at most <paramref name="count"/> orders still pending that were placed before <paramref name="cutoff"/>, oldest first.</summary>
    Task<IReadOnlyList<Guid>> FindPendingPlacedBeforeAsync(DateTimeOffset cutoff, int count, CancellationToken cancellationToken);
#endif

    void Add(Order order);
}
