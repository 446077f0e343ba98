namespace Skeleton.Tests.Architecture.Planted.Products;

/// <summary>Planted: code that calls a controller instead of the service behind it.</summary>
internal sealed class CallsAController(PlantedProductsController controller)
{
    public Task<int> CountAsync() => controller.CountAsync();
}
