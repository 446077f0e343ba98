namespace Skeleton.Modules.Catalog.Contracts;

/// <summary>What other modules may ask the catalog synchronously (registered scoped by the Catalog module).</summary>
public interface IProductCatalog
{
    /// <summary>
    /// The current price of every live product among <paramref name="productIds"/>; unknown and deleted products are
    /// absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, decimal>> GetPricesAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
#if RAMPART_API_GRAPHQL

    /// <summary>
    /// Every live product among <paramref name="productIds"/>, in one query whatever their number (a GraphQL batch
    /// loader asks for a whole level at once); unknown and deleted products are absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, ProductDetails>> GetProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
#endif
}
