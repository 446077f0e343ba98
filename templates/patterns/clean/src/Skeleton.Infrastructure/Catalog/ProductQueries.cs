using Microsoft.EntityFrameworkCore;
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

    private Task<PagedList<ProductDto>> LoadAsync(PageQuery page, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().ToPagedListAsync(page, ProductDto.From, cancellationToken);
}
