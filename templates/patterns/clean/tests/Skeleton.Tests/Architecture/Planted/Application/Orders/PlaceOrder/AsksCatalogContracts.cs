using Skeleton.Tests.Architecture.Planted.Application.Catalog.Contracts;

namespace Skeleton.Tests.Architecture.Planted.Application.Orders.PlaceOrder;

/// <summary>Planted, allowed: Orders asks Catalog through its contracts.</summary>
internal sealed class AsksCatalogContracts(IPriceList prices)
{
    public decimal Price(Guid productId) => prices.PriceOf(productId);
}
