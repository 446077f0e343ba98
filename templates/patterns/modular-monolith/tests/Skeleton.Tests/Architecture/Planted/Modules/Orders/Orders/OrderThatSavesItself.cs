using Skeleton.Tests.Architecture.Planted.Modules.Orders.Database;

namespace Skeleton.Tests.Architecture.Planted.Modules.Orders.Orders;

/// <summary>Planted violation: the domain model reaching for its module's tables.</summary>
internal static class OrderThatSavesItself
{
    public static bool Saves(IOrdersTables tables) => tables is not null;
}
