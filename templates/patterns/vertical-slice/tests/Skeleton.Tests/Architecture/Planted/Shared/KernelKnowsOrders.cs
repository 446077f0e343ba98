using Skeleton.Tests.Architecture.Planted.Features.Orders;

namespace Skeleton.Tests.Architecture.Planted.Shared;

/// <summary>Planted violation: the shared kernel knowing a feature.</summary>
internal static class KernelKnowsOrders
{
    public static bool Knows(IOrderBook orders) => orders is not null;
}
