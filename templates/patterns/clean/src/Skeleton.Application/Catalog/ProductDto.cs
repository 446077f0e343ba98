using System.ComponentModel;
using Skeleton.Domain.Catalog;

namespace Skeleton.Application.Catalog;

/// <summary>A product as the use cases hand it out (and the API shows it).</summary>
/// <remarks>Immutable: the in-process cache hands this same instance to every read instead of deserialising a copy.</remarks>
[ImmutableObject(true)]
public sealed record ProductDto(
    Guid Id, string Sku, string Name, decimal Price, int Stock, int Reserved, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProductDto From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new(product.Id, product.Sku, product.Name, product.Price, product.Stock, product.Reserved, product.Version, product.CreatedAt, product.UpdatedAt);
    }
}
