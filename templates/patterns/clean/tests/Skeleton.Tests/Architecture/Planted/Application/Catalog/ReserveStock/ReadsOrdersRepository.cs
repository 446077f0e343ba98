using Skeleton.Tests.Architecture.Planted.Application.Orders;

namespace Skeleton.Tests.Architecture.Planted.Application.Catalog.ReserveStock;

/// <summary>Planted: Catalog reading Orders' own port instead of reacting to its events.</summary>
internal sealed class ReadsOrdersRepository(IOrderBook orders)
{
    public bool IsOrdered(Guid productId) => orders.OpenOrders(productId) > 0;
}
