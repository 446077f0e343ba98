using Skeleton.Core.Common;

namespace Skeleton.Core.Orders.Ports;

/// <summary>Inbound port: a customer places an order; it waits, pending, for Catalog's answer.</summary>
public interface IPlaceOrder
{
    Task<Result<Order>> PlaceAsync(Caller caller, IReadOnlyList<RequestedLine?>? lines, CancellationToken cancellationToken);
}
