using Skeleton.Tests.Architecture.Planted.Application.Catalog;

namespace Skeleton.Tests.Architecture.Planted.Application.Orders.PlaceOrder;

/// <summary>Planted: Orders reading Catalog's own port instead of its contracts.</summary>
internal sealed class ReadsCatalogRepository(IStockLedger stock)
{
    public bool InStock(Guid productId) => stock.Available(productId) > 0;
}
