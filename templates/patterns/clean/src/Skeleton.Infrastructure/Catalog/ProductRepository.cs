using Microsoft.EntityFrameworkCore;
using Skeleton.Application.Catalog;
using Skeleton.Domain.Catalog;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Catalog;

/// <summary>The <see cref="IProductRepository"/> port on EF Core: tracked products, saved by the unit of work.</summary>
internal sealed class ProductRepository(AppDbContext db) : IProductRepository
{
    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, Product>> FindManyAsync(
        IReadOnlyCollection<Guid> ids, bool includeDeleted, CancellationToken cancellationToken)
    {
        var products = includeDeleted ? db.Products.IgnoreQueryFilters([EntityConventions.SoftDeleteFilter]) : db.Products;
        return await products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    public void Add(Product product) => db.Products.Add(product);

    public void Remove(Product product) => db.Products.Remove(product);
}
