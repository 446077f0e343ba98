using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Catalog.Products;

namespace Skeleton.Modules.Catalog.Features.GetProduct;

/// <summary>
/// <c>GET /api/v1/products/{id}</c>: the product with its version as <c>ETag</c>; deleted ones are not found. Served from
/// the cache (<c>catalog:product:{id}</c>) as a <see cref="ProductResponse"/> snapshot; every saved write of the product
/// removes the entry once it commits, so no write slice has to. <c>GET /api/v2/products/{id}</c> reads the same entry and
/// shows it as a <see cref="ProductV2Response"/>.
/// </summary>
internal static class GetProductEndpoint
{
    // The hottest read: compiled once, so a request skips EF Core's expression-tree work and query-cache lookup.
    private static readonly Func<CatalogDbContext, Guid, CancellationToken, Task<Product?>> ById =
        EF.CompileAsyncQuery((CatalogDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.Products.AsNoTracking().FirstOrDefault(p => p.Id == id));

    public static RouteHandlerBuilder MapGetProduct(this IEndpointRouteBuilder products) =>
        products.MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithName("GetProduct")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static RouteHandlerBuilder MapGetProductV2(this IEndpointRouteBuilder products) =>
        products.MapGet("/{id:guid}", GetV2Async)
            .AllowAnonymous()
            .WithName("GetProductV2")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DataEnvelope<ProductResponse>>, ProblemHttpResult>> GetAsync(
        Guid id, CatalogDbContext db, IEntityCache cache, HttpResponse response, CancellationToken cancellationToken)
    {
        var product = await FindAsync(id, db, cache, cancellationToken);
        if (product is null)
        {
            return ProductErrors.NotFound.ToProblemResult();
        }

        response.SetVersionETag(product.Version);
        return Envelope.Ok(product);
    }

    private static async Task<Results<Ok<DataEnvelope<ProductV2Response>>, ProblemHttpResult>> GetV2Async(
        Guid id, CatalogDbContext db, IEntityCache cache, HttpResponse response, CancellationToken cancellationToken)
    {
        var product = await FindAsync(id, db, cache, cancellationToken);
        if (product is null)
        {
            return ProductErrors.NotFound.ToProblemResult();
        }

        response.SetVersionETag(product.Version);
        return Envelope.Ok(ProductV2Response.From(product));
    }

    /// <summary>The live product with this id, from the cache: every read of one product goes through here.</summary>
    internal static ValueTask<ProductResponse?> FindAsync(Guid id, CatalogDbContext db, IEntityCache cache, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<Product, ProductResponse?>(id, async token =>
            await ById(db, id, token) is { } found ? ProductResponse.From(found) : null, cancellationToken);
}
