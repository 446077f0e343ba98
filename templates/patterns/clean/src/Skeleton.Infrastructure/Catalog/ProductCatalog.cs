using Microsoft.EntityFrameworkCore;
using Skeleton.Application.Catalog.Contracts;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Catalog;

/// <summary>The catalog's answer to other modules (<see cref="IProductCatalog"/>): prices of live products, one query.</summary>
internal sealed class ProductCatalog(AppDbContext db) : IProductCatalog
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
}
