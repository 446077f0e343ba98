using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Errors;
using Skeleton.Data;

namespace Skeleton.Products;

/// <summary>
/// The catalog's logic: the rules of <see cref="Product"/> applied before a write, a live sku unique by the database's
/// index, changes conditional on the version the caller read, deletes that win over concurrent writes. Knows nothing of
/// HTTP: it returns a <see cref="Result"/>, and the controller turns it into a response.
/// </summary>
public sealed class ProductService(AppDbContext db)
{
    // The hottest read: compiled once, so a request skips EF Core's expression-tree work and query-cache lookup.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Product?>> ById =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.Products.AsNoTracking().FirstOrDefault(p => p.Id == id));

    /// <summary>Live products, newest first (soft-deleted rows are hidden by the conventions' query filter).</summary>
    public Task<Page<Product>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().ToPageAsync(page, cancellationToken);

    public async Task<Result<Product>> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await ById(db, id, cancellationToken) is { } product ? product : ProductErrors.NotFound;

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
