namespace Skeleton.Products;

/// <summary>A product's availability: its stock less the units reserved for orders.</summary>
public sealed record ProductAvailabilityResponse(Guid ProductId, int Available)
{
    internal static ProductAvailabilityResponse From(ProductResponse product) => new(product.Id, product.Stock - product.Reserved);
}
