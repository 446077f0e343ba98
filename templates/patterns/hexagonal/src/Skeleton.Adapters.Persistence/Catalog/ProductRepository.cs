using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Skeleton.Core.Catalog;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Common;

namespace Skeleton.Adapters.Persistence.Catalog;

/// <summary>The core's product store on PostgreSQL: records in, core objects out, changes committed by <see cref="UnitOfWork"/>.</summary>
internal sealed class ProductRepository(AppDbContext db, UnitOfWork unitOfWork, IServiceProvider services) : IProductRepository
{
    // The hottest read: compiled once, so a request skips EF Core's expression-tree work and query-cache lookup.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<ProductRecord?>> ById =
        EF.CompileAsyncQuery((AppDbContext context, Guid id, CancellationToken cancellationToken) =>
            context.Set<ProductRecord>().FirstOrDefault(p => p.Id == id));

    private readonly Dictionary<ProductRecord, Product> _loaded = new(ReferenceEqualityComparer.Instance);

    public async Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await ById(db, id, cancellationToken) is { } record ? Track(record) : null;

    public async Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken, bool includeDeleted = false)
    {
        var records = includeDeleted ? db.Set<ProductRecord>().IgnoreQueryFilters() : db.Set<ProductRecord>();
        return [.. (await records.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken)).Select(Track)];
    }

    public async Task<Paged<Product>> ListAsync(PageQuery page, CancellationToken cancellationToken)
    {
        // Soft-deleted rows are hidden by the conventions' query filter; the order is the UUIDv7 id, newest first.
        var records = await db.Set<ProductRecord>().AsNoTracking()
            .ToPageAsync(PageRequest.Create(services, page.Limit, page.Cursor), cancellationToken);
        return new Paged<Product>([.. records.Items.Select(r => r.ToProduct())], records.Limit, records.NextCursor);
    }

    public void Add(Product product)
    {
        var record = ProductRecord.From(product);
        db.Add(record);
        _loaded[record] = product;
        unitOfWork.Track(new Tracked<Product, ProductRecord>(product, record, static (p, r) => r.CopyFrom(p)));
    }

    public void Remove(Product product)
    {
        // The save interceptor turns the removal into deleted_at = now (soft delete) and bumps the version.
        if (db.ChangeTracker.Entries<ProductRecord>().FirstOrDefault(e => e.Entity.Id == product.Id) is { } entry)
        {
            db.Remove(entry.Entity);
        }
    }

    private Product Track(ProductRecord record)
    {
        // EF Core returns the tracked record again on a second read in the scope: hand out the same core object too.
        if (_loaded.TryGetValue(record, out var known))
        {
            return known;
        }

        var product = record.ToProduct();
        _loaded[record] = product;
        unitOfWork.Track(new Tracked<Product, ProductRecord>(product, record, static (p, r) => r.CopyFrom(p)));
        return product;
    }
}
