using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Errors;
using Skeleton.Data;

namespace Skeleton.Products;

/// <summary>
/// The catalog's logic: the rules of <see cref="Product"/> applied before a write, a live sku unique by the database's
/// index, changes conditional on the version the caller read, deletes that win over concurrent writes. Knows nothing of
/// HTTP: it returns a <see cref="Result"/>, and the controller turns it into a response. Reads by id and the first page
/// are cached as <see cref="ProductResponse"/> snapshots (version included, so the ETag stays right); every saved write
/// of a product, the order flow's reservations included, removes them after its commit (the data block's interceptor).
/// </summary>
public sealed class ProductService(AppDbContext db, IEntityCache cache)
{
    private const string Columns = "id, sku, name, price, stock, reserved, version, created_at, updated_at";

    // Pages are hand-written SQL (a deep page is never cached, and EF Core's work per query cost more than the query):
    // live rows only (soft delete), newest first (UUIDv7 ids), one row more than the page to tell whether another follows.
    private const string FirstPage = $"SELECT {Columns} FROM products WHERE deleted_at IS NULL ORDER BY id DESC LIMIT $1";

    private const string PageAfter = $"SELECT {Columns} FROM products WHERE deleted_at IS NULL AND id < $2 ORDER BY id DESC LIMIT $1";

    // The hottest read: compiled once, so a request skips EF Core's expression-tree work and query-cache lookup.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Product?>> ById =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.Products.AsNoTracking().FirstOrDefault(p => p.Id == id));

    /// <summary>
    /// Live products, newest first (soft-deleted rows are hidden by the conventions' query filter). The first page of
    /// each size is the one most clients ask for, so it is cached; pages after it are read from the database.
    /// </summary>
    public async Task<Page<ProductResponse>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        page.Cursor is null
            ? await cache.GetOrLoadListAsync<Product, Page<ProductResponse>>($"first-{page.Limit}", token => LoadPageAsync(page, token), cancellationToken)
            : await LoadPageAsync(page, cancellationToken);

    public async Task<Result<ProductResponse>> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await cache.GetOrLoadAsync<Product, ProductResponse?>(id, async token =>
            await ById(db, id, token) is { } product ? ProductResponse.From(product) : null, cancellationToken) is { } found
            ? found
            : ProductErrors.NotFound;

    public async Task<Result<Product>> CreateAsync(CreateProductRequest request, CancellationToken cancellationToken)
    {
        var created = Product.Create(request.Sku, request.Name, request.Price, request.Stock);
        if (created.Error is { } invalid)
        {
            return invalid;
        }

        db.Products.Add(created.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(AppDbContext.SkuIndex))
        {
            return ProductErrors.SkuTaken;
        }

        return created.Value;
    }

    /// <summary>
    /// Applies the fields given, if <paramref name="expected"/> is still the product's version; a write that commits in
    /// between fails the save's version check and becomes 412 at the edge.
    /// </summary>
    public async Task<Result<Product>> UpdateAsync(Guid id, UpdateProductRequest request, ExpectedVersion expected, CancellationToken cancellationToken)
    {
        if (await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } product)
        {
            return ProductErrors.NotFound;
        }

        if (db.ExpectVersion(product, expected).Error is { } stale)
        {
            return stale;
        }

        if (product.Change(request.Name, request.Price, request.Stock).Error is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        return product;
    }

    /// <summary>
    /// A soft delete. With <paramref name="expected"/> it is conditional (stale → 412); without it the delete wins, so a
    /// write committing between the read and the save (a stock reservation) only means reading again.
    /// </summary>
    public async Task<Result> DeleteAsync(Guid id, ExpectedVersion? expected, CancellationToken cancellationToken) =>
        expected is null
            ? await db.RetryOnVersionConflictAsync(token => DeleteOnceAsync(id, null, token), cancellationToken)
            : await DeleteOnceAsync(id, expected, cancellationToken);

    private async Task<Page<ProductResponse>> LoadPageAsync(PageRequest page, CancellationToken cancellationToken)
    {
        // The cursor was verified when the request was bound; one of another sort is a 400 here.
        var rows = page.AfterId() is { } after
            ? await db.Database.ReadRowsAsync(PageAfter, [page.Limit + 1, after], ReadProduct, cancellationToken)
            : await db.Database.ReadRowsAsync(FirstPage, [page.Limit + 1], ReadProduct, cancellationToken);
        return page.ToPage(rows, product => product.Id);
    }

    private static ProductResponse ReadProduct(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetDecimal(3), row.GetInt32(4), row.GetInt32(5), row.GetInt64(6),
        row.GetFieldValue<DateTimeOffset>(7), row.GetFieldValue<DateTimeOffset>(8));

    private async Task<Result> DeleteOnceAsync(Guid id, ExpectedVersion? expected, CancellationToken cancellationToken)
    {
        if (await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } product)
        {
            return ProductErrors.NotFound;
        }

        if (expected is not null && db.ExpectVersion(product, expected).Error is { } stale)
        {
            return stale;
        }

        // The save interceptor turns the removal into deleted_at = now (soft delete) and bumps the version.
        db.Products.Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
