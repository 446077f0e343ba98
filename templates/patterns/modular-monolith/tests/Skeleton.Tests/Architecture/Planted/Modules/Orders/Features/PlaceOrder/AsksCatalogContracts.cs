using Skeleton.Tests.Architecture.Planted.Modules.Catalog.Contracts;
using Skeleton.Tests.Architecture.Planted.Modules.Orders.Orders;

namespace Skeleton.Tests.Architecture.Planted.Modules.Orders.Features.PlaceOrder;

/// <summary>Allowed: a slice uses its own module's domain model and another module's Contracts.</summary>
internal static class AsksCatalogContracts
{
    public static bool Asks(IPriceList prices, IOrderBook orders) => prices is not null && orders is not null;
}
