#pragma warning disable RMP1002 // Deliberate: the architecture tests show that this violation is caught.
using Skeleton.Tests.Architecture.Planted.Modules.Catalog.Database;

namespace Skeleton.Tests.Architecture.Planted.Modules.Orders.Features.PlaceOrder;

/// <summary>Planted violation: Orders reads Catalog's tables instead of asking its Contracts.</summary>
internal static class ReadsCatalogTables
{
    public static bool Reads(ICatalogTables tables) => tables is not null;
}
