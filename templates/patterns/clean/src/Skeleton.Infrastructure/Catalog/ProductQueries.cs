using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Caching;
using Skeleton.Application.Catalog;
using Skeleton.Application.Common;
using Skeleton.Domain.Catalog;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Catalog;

/// <summary>
/// The <see cref="IProductQueries"/> port: untracked reads of live products. A product by id and the first page of each
/// size are cached as DTO snapshots (<c>catalog:product:{id}</c>, <c>catalog:product:list</c>; version included, so
/// the ETag stays right); every saved write of a product removes them once it commits, so no use case has to.
/// </summary>
internal sealed class ProductQueries(AppDbContext db, IEntityCache cache) : IProductQueries
{
    private const string Columns = "id, sku, name, price, stock, reserved, version, created_at, updated_at";

    // Pages are hand-written SQL (a deep page is never cached, and EF Core's work per query cost more than the query):
    // live rows only (soft delete), newest first (UUIDv7 ids), one row more than the page to tell whether another follows.
    private const string FirstPage =
        $"SELECT {Columns} FROM {AppDbContext.Schema}.products WHERE deleted_at IS NULL ORDER BY id DESC LIMIT $1";

    private const string PageAfter =
        $"SELECT {Columns} FROM {AppDbContext.Schema}.products WHERE deleted_at IS NULL AND id < $2 ORDER BY id DESC LIMIT $1";

    // The hottest read: compiled once, so a request skips EF Core's expression-tree work and query-cache lookup.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Product?>> ById =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.Products.AsNoTracking().FirstOrDefault(p => p.Id == id));

    public async Task<ProductDto?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await cache.GetOrLoadAsync<Product, ProductDto?>(id, async token =>
            await ById(db, id, token) is { } product ? ProductDto.From(product) : null, cancellationToken);

    public async Task<PagedList<ProductDto>> ListAsync(PageQuery page, CancellationToken cancellationToken) =>
        page.After is null
            ? await cache.GetOrLoadListAsync<Product, PagedList<ProductDto>>($"first-{page.Limit}", token => LoadAsync(page, token), cancellationToken)
            : await LoadAsync(page, cancellationToken);

    private async Task<PagedList<ProductDto>> LoadAsync(PageQuery page, CancellationToken cancellationToken)
    {
        var rows = page.After is { } after
            ? await db.Database.ReadRowsAsync(PageAfter, [page.Limit + 1, after], Read, cancellationToken)
            : await db.Database.ReadRowsAsync(FirstPage, [page.Limit + 1], Read, cancellationToken);
        return rows.ToPagedList(page, product => product.Id, product => product);
    }

    private static ProductDto Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetDecimal(3), row.GetInt32(4), row.GetInt32(5), row.GetInt64(6),
        row.GetFieldValue<DateTimeOffset>(7), row.GetFieldValue<DateTimeOffset>(8));
}
