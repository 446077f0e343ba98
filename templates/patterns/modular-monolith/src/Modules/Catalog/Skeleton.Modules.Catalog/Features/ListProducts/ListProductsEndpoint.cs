using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Catalog.Products;

namespace Skeleton.Modules.Catalog.Features.ListProducts;

/// <summary>
/// <c>GET /api/v1/products?limit=&amp;cursor=</c>: live products, newest first, keyset-paginated. The first page of each
/// size is what most clients ask for, so it is cached (under <c>catalog:product:list</c>, dropped by any product write).
/// The pages are read with hand-written SQL: a deep page is never cached, and EF Core's work per query cost more than
/// the query (bench/README.md, "Load").
/// </summary>
internal static class ListProductsEndpoint
{
    private const string Columns = "id, sku, name, price, stock, reserved, version, created_at, updated_at";

    // Live rows only (soft delete), newest first (UUIDv7 ids), one more row than the page to tell whether another follows.
    private const string FirstPage =
        $"SELECT {Columns} FROM {CatalogDbContext.Schema}.products WHERE deleted_at IS NULL ORDER BY id DESC LIMIT $1";

    private const string PageAfter =
        $"SELECT {Columns} FROM {CatalogDbContext.Schema}.products WHERE deleted_at IS NULL AND id < $2 ORDER BY id DESC LIMIT $1";

    public static RouteHandlerBuilder MapListProducts(this IEndpointRouteBuilder products) =>
        products.MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithName("ListProducts")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Ok<PageEnvelope<ProductResponse>>> ListAsync(
        PageRequest page, CatalogDbContext db, IEntityCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(page.Cursor is null
            ? await cache.GetOrLoadListAsync<Product, PageEnvelope<ProductResponse>>($"first-{page.Limit}", token => LoadAsync(page, db, token), cancellationToken)
            : await LoadAsync(page, db, cancellationToken));

    private static async Task<PageEnvelope<ProductResponse>> LoadAsync(PageRequest page, CatalogDbContext db, CancellationToken cancellationToken) =>
        (await ReadPageAsync(page, db, cancellationToken)).ToEnvelope(product => product);

    /// <summary>One page of live products, newest first, read past the cache: every list of products goes through here.</summary>
    internal static async Task<Page<ProductResponse>> ReadPageAsync(PageRequest page, CatalogDbContext db, CancellationToken cancellationToken)
    {
        // The cursor was verified when the request was bound; one of another sort is a 400 here.
        var rows = page.AfterId() is { } after
            ? await db.Database.ReadRowsAsync(PageAfter, [page.Limit + 1, after], Read, cancellationToken)
            : await db.Database.ReadRowsAsync(FirstPage, [page.Limit + 1], Read, cancellationToken);
        return page.ToPage(rows, product => product.Id);
    }

    private static ProductResponse Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetDecimal(3), row.GetInt32(4), row.GetInt32(5), row.GetInt64(6),
        row.GetFieldValue<DateTimeOffset>(7), row.GetFieldValue<DateTimeOffset>(8));
}
