#pragma warning disable RMP1002 // Deliberate: the architecture tests show that this violation is caught.
using Skeleton.Tests.Architecture.Planted.Modules.Orders.Orders;

namespace Skeleton.Tests.Architecture.Planted.Modules.Catalog.Features.ReserveStock;

/// <summary>Planted violation: Catalog reaches into Orders' domain model instead of consuming its events.</summary>
internal static class ReadsOrderBook
{
    public static bool Reads(IOrderBook orders) => orders is not null;
}
