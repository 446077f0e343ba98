namespace Skeleton.Tests.Architecture.Planted.Features.Orders.PlaceOrder;

/// <summary>Planted allowed use: a slice using its own feature's model at the feature's root.</summary>
internal static class UsesTheFeatureModel
{
    public static bool Uses(IOrderBook orders) => orders is not null;
}
