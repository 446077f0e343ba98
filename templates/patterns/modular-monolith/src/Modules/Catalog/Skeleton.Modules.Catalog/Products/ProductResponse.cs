using System.ComponentModel;
#if RAMPART_API_GRAPHQL
using Skeleton.Modules.Catalog.Contracts;
#endif

namespace Skeleton.Modules.Catalog.Products;

/// <summary>A product as the API shows it.</summary>
/// <remarks>Immutable: the in-process cache hands this same instance to every read instead of deserialising a copy.</remarks>
[ImmutableObject(true)]
internal sealed record ProductResponse(
    Guid Id, string Sku, string Name, decimal Price, int Stock, int Reserved, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProductResponse From(Product product) => new(
        product.Id, product.Sku, product.Name, product.Price, product.Stock, product.Reserved, product.Version, product.CreatedAt, product.UpdatedAt);
#if RAMPART_API_GRAPHQL

    /// <summary>The product as the GraphQL <c>Product</c> type shows it (Catalog's contract, shared with other modules).</summary>
    public ProductDetails ToDetails() => new(Id, Sku, Name, Price, Stock, Reserved, Version, CreatedAt, UpdatedAt);
#endif
}
