namespace Skeleton.Features.Catalog.Contracts;

/// <summary>What other features may ask the catalog synchronously (registered scoped by <see cref="CatalogFeature"/>).</summary>
internal interface IProductCatalog
{
    /// <summary>
    /// The current price of every live product among <paramref name="productIds"/>; unknown and deleted products are
    /// absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, decimal>> GetPricesAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
}
