namespace Skeleton.Application.Catalog.Contracts;

/// <summary>What other modules may ask the catalog synchronously.</summary>
public interface IProductCatalog
{
    /// <summary>
    /// The current price of every live product among <paramref name="productIds"/>; unknown and deleted products are
    /// absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, decimal>> GetPricesAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
}
