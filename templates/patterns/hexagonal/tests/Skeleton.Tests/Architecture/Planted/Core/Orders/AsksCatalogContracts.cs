using Skeleton.Tests.Architecture.Planted.Core.Catalog.Contracts;

namespace Skeleton.Tests.Architecture.Planted.Core.Orders;

/// <summary>Planted, allowed: Orders asking Catalog through its contracts.</summary>
internal sealed class AsksCatalogContracts(IPriceList prices)
{
    public IPriceList Prices { get; } = prices;
}
