using Microsoft.EntityFrameworkCore;
using Skeleton.Modules.Catalog.Contracts;
using Skeleton.Modules.Catalog.Database;
#if RAMPART_API_GRAPHQL
using Skeleton.Modules.Catalog.Products;
#endif

namespace Skeleton.Modules.Catalog.Features.GetPrices;

/// <summary>Catalog's answer to other modules: prices of live products (see <see cref="IProductCatalog"/>).</summary>
internal sealed class ProductCatalog(CatalogDbContext db) : IProductCatalog
{
    public async Task<IReadOnlyDictionary<Guid, decimal>> GetPricesAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        if (productIds.Count == 0)
        {
            return new Dictionary<Guid, decimal>();
        }

        var ids = productIds.Distinct().ToList();
        return await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Price, cancellationToken);
    }
#if RAMPART_API_GRAPHQL

    public async Task<IReadOnlyDictionary<Guid, ProductDetails>> GetProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        if (productIds.Count == 0)
        {
            return new Dictionary<Guid, ProductDetails>();
        }

        var ids = productIds.Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return products.ToDictionary(p => p.Id, p => ProductResponse.From(p).ToDetails());
    }
#endif
}
