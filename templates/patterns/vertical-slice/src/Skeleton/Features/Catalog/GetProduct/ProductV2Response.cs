namespace Skeleton.Features.Catalog.GetProduct;

/// <summary>
/// A product as version 2 of the API shows it: as in version 1, except that <c>price</c> is an amount with its currency
/// (<c>{"amount": 12.50, "currency": "EUR"}</c>) instead of a bare number.
/// </summary>
internal sealed record ProductV2Response(
    Guid Id, string Sku, string Name, Money Price, int Stock, int Reserved, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The one currency the catalog sells in (ISO 4217).</summary>
    public const string Currency = "EUR";

    public static ProductV2Response From(ProductResponse product) => new(
        product.Id, product.Sku, product.Name, new Money(product.Price, Currency), product.Stock, product.Reserved, product.Version,
        product.CreatedAt, product.UpdatedAt);
}
