using Microsoft.EntityFrameworkCore;
using Skeleton.Features.Catalog.Contracts;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog.GetPrices;

/// <summary>Catalog's answer to other features: prices of live products (see <see cref="IProductCatalog"/>).</summary>
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
        return await db.Products().AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Price, cancellationToken);
    }
}
