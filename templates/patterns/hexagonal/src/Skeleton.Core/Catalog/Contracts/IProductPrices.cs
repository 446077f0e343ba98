namespace Skeleton.Core.Catalog.Contracts;

/// <summary>Catalog's answer to other modules: the current price of live products. Orders sees Catalog only through its contracts.</summary>
public interface IProductPrices
{
    /// <summary>The prices of the live products among <paramref name="productIds"/>; unknown or deleted ones are absent.</summary>
    Task<IReadOnlyDictionary<Guid, decimal>> GetPricesAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
}
