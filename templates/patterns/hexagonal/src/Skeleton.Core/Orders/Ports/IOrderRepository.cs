using Skeleton.Core.Common;

namespace Skeleton.Core.Orders.Ports;

/// <summary>Outbound port: where orders are kept. Changes to what it returns are committed by <see cref="IUnitOfWork"/>.</summary>
public interface IOrderRepository
{
    /// <summary>The order, tracked for changes, or null.</summary>
    Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Orders newest first, only <paramref name="customerId"/>'s when given; read only.</summary>
    Task<Paged<Order>> ListAsync(Guid? customerId, PageQuery page, CancellationToken cancellationToken);
#if RAMPART_JOBS_QUARTZ

    /// <summary>The ids of at most <paramref name="count"/> orders still pending that were placed before <paramref name="cutoff"/>, oldest first.</summary>
    Task<IReadOnlyList<Guid>> FindPendingPlacedBeforeAsync(DateTimeOffset cutoff, int count, CancellationToken cancellationToken);
#endif

    void Add(Order order);
}
