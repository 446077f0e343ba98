using Skeleton.Tests.Architecture.Planted.Features.Catalog;

namespace Skeleton.Tests.Architecture.Planted.Features.Orders.PlaceOrder;

/// <summary>Planted violation: an Orders slice reading Catalog's tables instead of asking its Contracts.</summary>
internal static class ReadsCatalogTables
{
    public static bool Reads(ICatalogTables tables) => tables is not null;
}
