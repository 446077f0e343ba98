using Skeleton.Application.Common;
using Skeleton.Application.Orders;
using Skeleton.Domain.Orders;

namespace Skeleton.Tests.UseCases.Fakes;

/// <summary>The orders' ports in memory.</summary>
internal sealed class InMemoryOrderRepository(InMemoryUnitOfWork unitOfWork) : IOrderRepository, IOrderQueries
{
    private readonly Dictionary<Guid, Order> _orders = [];

    /// <summary>A stored order, already through <paramref name="transitions"/> (<c>order => order.Confirm()</c>), its events spent.</summary>
    public Order Seed(Guid customerId, Guid productId, int quantity = 1, params Action<Order>[] transitions)
    {
        var order = Order.Place(customerId, [new OrderItem(productId, quantity, 2m)]);
        foreach (var transition in transitions)
        {
            transition(order);
        }

        order.ClearDomainEvents();
        _orders[order.Id] = order;
        return order;
    }

    /// <summary>The order as last saved.</summary>
    public Order Stored(Guid id) => _orders[id];

    public Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!_orders.TryGetValue(id, out var stored))
        {
            return Task.FromResult<Order?>(null);
        }

        var copy = WorkingCopy.Of(stored);
        unitOfWork.Enlist(copy, () => _orders[copy.Id] = copy);
        return Task.FromResult<Order?>(copy);
    }

#if RAMPART_JOBS_QUARTZ
    public Task<IReadOnlyList<Guid>> FindPendingPlacedBeforeAsync(DateTimeOffset cutoff, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>(
            [.. _orders.Values.Where(o => o.Status == OrderStatus.Pending && o.CreatedAt < cutoff).OrderBy(o => o.CreatedAt).Take(count).Select(o => o.Id)]);

#endif
    public void Add(Order order) => unitOfWork.Enlist(order, () => _orders[order.Id] = order);

    public Task<OrderDto?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_orders.GetValueOrDefault(id) is { } order ? OrderDto.From(order) : null);

    public Task<PagedList<OrderDto>> ListAsync(Guid? customerId, PageQuery page, CancellationToken cancellationToken) =>
        Task.FromResult(new PagedList<OrderDto>(
            [.. _orders.Values.Where(o => customerId is null || o.CustomerId == customerId).OrderByDescending(o => o.Id).Take(page.Limit).Select(OrderDto.From)],
            page.Limit,
            null));
}
