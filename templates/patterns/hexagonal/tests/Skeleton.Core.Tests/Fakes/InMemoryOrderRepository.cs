using Skeleton.Core.Common;
using Skeleton.Core.Orders;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Tests.Fakes;

/// <summary>Orders in a dictionary.</summary>
internal sealed class InMemoryOrderRepository(InMemoryStore store) : IOrderRepository
{
    private readonly Dictionary<Guid, Order> _orders = [];

    public Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = _orders.GetValueOrDefault(id);
        if (order is not null)
        {
            store.Touch(order);
        }

        return Task.FromResult(order);
    }

    public Task<Paged<Order>> ListAsync(Guid? customerId, PageQuery page, CancellationToken cancellationToken) =>
        Task.FromResult(new Paged<Order>(
            [.. _orders.Values.Where(o => customerId is null || o.CustomerId == customerId).OrderByDescending(o => o.Id).Take(page.Limit)], page.Limit, null));

#if RAMPART_JOBS_QUARTZ
    public Task<IReadOnlyList<Guid>> FindPendingPlacedBeforeAsync(DateTimeOffset cutoff, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>(
            [.. _orders.Values.Where(o => o.Status == OrderStatus.Pending && o.CreatedAt < cutoff).OrderBy(o => o.CreatedAt).Take(count).Select(o => o.Id)]);

#endif
    public void Add(Order order)
    {
        _orders[order.Id] = order;
        store.Touch(order);
    }
}
