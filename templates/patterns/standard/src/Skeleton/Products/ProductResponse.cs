using System.ComponentModel;

namespace Skeleton.Products;

/// <summary>A product as the API shows it.</summary>
/// <remarks>Immutable: the in-process cache hands this same instance to every read instead of deserialising a copy.</remarks>
[ImmutableObject(true)]
public sealed record ProductResponse(
    Guid Id, string Sku, string Name, decimal Price, int Stock, int Reserved, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    internal static ProductResponse From(Product product) => new(
        product.Id, product.Sku, product.Name, product.Price, product.Stock, product.Reserved, product.Version, product.CreatedAt, product.UpdatedAt);
}
