using Skeleton.Tests.Architecture.Planted.Features.Catalog.Contracts;

namespace Skeleton.Tests.Architecture.Planted.Features.Orders.PlaceOrder;

/// <summary>Planted allowed use: an Orders slice asking a question Catalog answers in its Contracts.</summary>
internal static class AsksCatalogContracts
{
    public static bool Asks(IPriceList prices) => prices is not null;
}
