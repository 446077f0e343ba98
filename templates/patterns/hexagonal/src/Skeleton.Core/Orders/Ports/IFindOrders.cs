using Skeleton.Core.Common;

namespace Skeleton.Core.Orders.Ports;

/// <summary>Inbound port: reading orders. A customer sees their own; an admin sees all; anyone else gets not found.</summary>
public interface IFindOrders
{
    Task<Result<Order>> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken);

    Task<Paged<Order>> ListAsync(Caller caller, PageQuery page, CancellationToken cancellationToken);
}
