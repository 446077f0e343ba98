using Skeleton.Core.Common;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Orders.UseCases;

/// <summary>Reads orders with the ownership rule: another customer's order is not found, so its existence is not revealed.</summary>
public sealed class FindOrders(IOrderRepository orders) : IFindOrders
{
    public async Task<Result<Order>> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await orders.FindAsync(id, cancellationToken) is { } order && caller.IsOwnerOrAdmin(order.CustomerId) ? order : OrderErrors.NotFound;
    }

    public Task<Paged<Order>> ListAsync(Caller caller, PageQuery page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return orders.ListAsync(caller.IsAdmin ? null : caller.Id, page, cancellationToken);
    }
}
