using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog.ListProducts;

/// <summary>
/// <c>GET /api/v1/products?limit=&amp;cursor=</c>: live products, newest first, keyset-paginated. The first page of each
/// size is what most clients ask for, so it is cached (under <c>catalog:product:list</c>, dropped by any product write).
/// </summary>
internal static class ListProductsEndpoint
{
    public static RouteHandlerBuilder MapListProducts(this IEndpointRouteBuilder products) =>
        products.MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithName("ListProducts")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Ok<PageEnvelope<ProductResponse>>> ListAsync(
        PageRequest page, AppDbContext db, IEntityCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(page.Cursor is null
            ? await cache.GetOrLoadListAsync<Product, PageEnvelope<ProductResponse>>($"first-{page.Limit}", token => LoadAsync(page, db, token), cancellationToken)
            : await LoadAsync(page, db, cancellationToken));

    private static async Task<PageEnvelope<ProductResponse>> LoadAsync(PageRequest page, AppDbContext db, CancellationToken cancellationToken)
    {
        // Soft-deleted rows are hidden by the conventions' query filter; the default order is the UUIDv7 id, newest first.
        var products = await db.Products().AsNoTracking().ToPageAsync(page, cancellationToken);
        return products.ToEnvelope(ProductResponse.From);
    }
}
