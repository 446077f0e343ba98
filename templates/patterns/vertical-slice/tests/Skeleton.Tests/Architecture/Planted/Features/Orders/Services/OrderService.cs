namespace Skeleton.Tests.Architecture.Planted.Features.Orders.Services;

/// <summary>Planted violation: a horizontal layer folder (Services) inside a sliced service.</summary>
internal static class OrderService
{
    public static bool Exists => true;
}
