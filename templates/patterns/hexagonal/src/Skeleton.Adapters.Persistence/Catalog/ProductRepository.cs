using System.Data.Common;
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
    private const string Columns = "id, sku, name, price, stock, reserved, version, created_at, updated_at";

    // Pages are hand-written SQL (a deep page is never cached, and EF Core's work per query cost more than the query):
    // live rows only (soft delete), newest first (UUIDv7 ids), one row more than the page to tell whether another follows.
    private const string FirstPage =
        $"SELECT {Columns} FROM {AppDbContext.Schema}.products WHERE deleted_at IS NULL ORDER BY id DESC LIMIT $1";

    private const string PageAfter =
        $"SELECT {Columns} FROM {AppDbContext.Schema}.products WHERE deleted_at IS NULL AND id < $2 ORDER BY id DESC LIMIT $1";

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
        // The same checks and cursors as binding; a cursor of another sort is a 400 here. Untracked: a list changes nothing.
        var request = PageRequest.Create(services, page.Limit, page.Cursor);
        var rows = request.AfterId() is { } after
            ? await db.Database.ReadRowsAsync(PageAfter, [request.Limit + 1, after], Read, cancellationToken)
            : await db.Database.ReadRowsAsync(FirstPage, [request.Limit + 1], Read, cancellationToken);
        var products = request.ToPage(rows, product => product.Id);
        return new Paged<Product>(products.Items, products.Limit, products.NextCursor);
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

    private static Product Read(DbDataReader row)
    {
        var product = new Product
        {
            Id = row.GetGuid(0), Sku = row.GetString(1), Name = row.GetString(2), Price = row.GetDecimal(3), Stock = row.GetInt32(4), Reserved = row.GetInt32(5),
        };
        product.Stamp(row.GetInt64(6), row.GetFieldValue<DateTimeOffset>(7), row.GetFieldValue<DateTimeOffset>(8));
        return product;
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
