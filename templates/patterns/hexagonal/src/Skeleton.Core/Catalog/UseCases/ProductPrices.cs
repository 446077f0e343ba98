using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Catalog.Ports;

namespace Skeleton.Core.Catalog.UseCases;

/// <summary>Catalog's price list for Orders, read from the product store.</summary>
public sealed class ProductPrices(IProductRepository products) : IProductPrices
{
    public async Task<IReadOnlyDictionary<Guid, decimal>> GetPricesAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken) =>
        (await products.FindManyAsync(productIds, cancellationToken)).ToDictionary(p => p.Id, p => p.Price);
}
