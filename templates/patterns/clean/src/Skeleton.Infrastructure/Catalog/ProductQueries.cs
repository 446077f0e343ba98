using Microsoft.EntityFrameworkCore;
using Skeleton.Application.Catalog;
using Skeleton.Application.Common;
using Skeleton.Domain.Catalog;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Catalog;

/// <summary>The <see cref="IProductQueries"/> port: untracked reads of live products.</summary>
internal sealed class ProductQueries(AppDbContext db) : IProductQueries
{
    // The hottest read: compiled once, so a request skips EF Core's expression-tree work and query-cache lookup.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Product?>> ById =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.Products.AsNoTracking().FirstOrDefault(p => p.Id == id));

    public async Task<ProductDto?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await ById(db, id, cancellationToken) is { } product ? ProductDto.From(product) : null;

    public Task<PagedList<ProductDto>> ListAsync(PageQuery page, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().ToPagedListAsync(page, ProductDto.From, cancellationToken);
}
