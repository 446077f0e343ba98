using Skeleton.Tests.Architecture.Planted.Modules.Orders.Orders;

namespace Skeleton.Tests.Architecture.Planted.SharedKernel;

/// <summary>Planted violation: the shared kernel knowing a module.</summary>
internal static class KernelKnowsOrders
{
    public static bool Knows(IOrderBook orders) => orders is not null;
}
