using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Caching;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Versioning;
using Skeleton.Adapters.Http.Errors;
using Skeleton.Core.Catalog;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Common;

namespace Skeleton.Adapters.Http.Catalog;

/// <summary>
/// <c>/api/v1/products</c>: HTTP in, the catalog's inbound ports called, HTTP out. The rules live in the core; this
/// adapter only binds, authorises by role, and maps results (ETag from the version, problems through one mapping).
/// <c>GET /api/v2/products/{id}</c> is the same read shown as a <see cref="ProductV2Response"/>: versions are the
/// adapter's business, the core knows none.
/// </summary>
internal static class CatalogEndpoints
{
    public const string Module = "catalog";

    /// <summary>The products' name in cache keys (<c>catalog:product:{id}</c>); the persistence adapter registers it.</summary>
    public const string CachedEntity = "product";

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.NewVersionedApi("Catalog");
        var products = catalog.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(1);
        products.WithTags("Catalog").WithModule(Module);
        products.MapGet("/", ListAsync).AllowAnonymous().WithName("ListProducts")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        products.MapGet("/{id:guid}", GetAsync).AllowAnonymous().WithName("GetProduct")
            .ProducesProblem(StatusCodes.Status404NotFound);
        products.MapPost("/", CreateAsync).RequireAuthorization(RampartPolicies.Admin).WithIdempotency().WithName("CreateProduct")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        products.MapPatch("/{id:guid}", UpdateAsync).RequireAuthorization(RampartPolicies.Admin)
            .RequireIfMatch(CatalogErrors.VersionConflict.Code).WithIdempotency().WithName("UpdateProduct")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        products.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(RampartPolicies.Admin).WithName("DeleteProduct")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        products.MapProductAvailability();

        var productsV2 = catalog.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(2);
        productsV2.WithTags("Catalog").WithModule(Module);
        productsV2.MapGet("/{id:guid}", GetV2Async).AllowAnonymous().WithName("GetProductV2")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    // Reads are cached here, at the edge, as response snapshots (version included, so the ETag stays right) under
    // catalog:product:{id} and catalog:product:list: the core stays unaware of caching, and the persistence adapter's
    // save interceptor removes the entries after every committed write of a product, whichever use case made it.
    private static async Task<Ok<PageEnvelope<ProductResponse>>> ListAsync(
        PageRequest page, IFindProducts products, IEntityCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(page.Cursor is null
            ? await cache.GetOrLoadListAsync(Module, CachedEntity, $"first-{page.Limit}", token => LoadPageAsync(page, products, token), cancellationToken)
            : await LoadPageAsync(page, products, cancellationToken));

    private static async Task<PageEnvelope<ProductResponse>> LoadPageAsync(PageRequest page, IFindProducts products, CancellationToken cancellationToken)
    {
        var found = await products.ListAsync(new PageQuery(page.Limit, page.Cursor), cancellationToken);
        return new PageEnvelope<ProductResponse>([.. found.Items.Select(ProductResponse.From)], new PageMeta(found.Limit, found.NextCursor));
    }

    private static async Task<Results<Ok<DataEnvelope<ProductResponse>>, ProblemHttpResult>> GetAsync(
        Guid id, IFindProducts products, IEntityCache cache, HttpResponse response, CancellationToken cancellationToken)
    {
        var product = await FindAsync(id, products, cache, cancellationToken);
        if (product is null)
        {
            return CatalogErrors.NotFound.ToProblemResult();
        }

        response.SetVersionETag(product.Version);
        return Envelope.Ok(product);
    }

    private static async Task<Results<Ok<DataEnvelope<ProductV2Response>>, ProblemHttpResult>> GetV2Async(
        Guid id, IFindProducts products, IEntityCache cache, HttpResponse response, CancellationToken cancellationToken)
    {
        var product = await FindAsync(id, products, cache, cancellationToken);
        if (product is null)
        {
            return CatalogErrors.NotFound.ToProblemResult();
        }

        response.SetVersionETag(product.Version);
        return Envelope.Ok(ProductV2Response.From(product));
    }

    private static ValueTask<ProductResponse?> FindAsync(Guid id, IFindProducts products, IEntityCache cache, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(Module, CachedEntity, id, async token =>
            await products.GetAsync(id, token) is { Error: null } found ? ProductResponse.From(found.Value) : null, cancellationToken);

    private static async Task<Results<Created<DataEnvelope<ProductResponse>>, ProblemHttpResult>> CreateAsync(
        CreateProductRequest request, IManageProducts products, HttpResponse response, CancellationToken cancellationToken)
    {
        var created = await products.CreateAsync(request.Sku, request.Name, request.Price, request.Stock, cancellationToken);
        if (created.Error is { } error)
        {
            return error.ToProblemResult();
        }

        response.SetVersionETag(created.Value.Version);
        return Envelope.Created($"/api/v1/products/{created.Value.Id}", ProductResponse.From(created.Value));
    }

    private static async Task<Results<Ok<DataEnvelope<ProductResponse>>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateProductRequest request, ExpectedVersion expected, IManageProducts products, HttpResponse response, CancellationToken cancellationToken) =>
        Ok(await products.ChangeAsync(id, expected.Value, request.Name, request.Price, request.Stock, cancellationToken), response);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, IManageProducts products, HttpRequest request, CancellationToken cancellationToken)
    {
        // If-Match is optional here: with it the delete is conditional (412 when stale); without it the delete wins.
        var expected = ExpectedVersion.ReadOptional(request.HttpContext, CatalogErrors.VersionConflict.Code);
        var deleted = await products.DeleteAsync(id, expected?.Value, cancellationToken);
        return deleted.Error is { } error ? error.ToProblemResult() : TypedResults.NoContent();
    }

    private static Results<Ok<DataEnvelope<ProductResponse>>, ProblemHttpResult> Ok(Result<Product> result, HttpResponse response)
    {
        if (result.Error is { } error)
        {
            return error.ToProblemResult();
        }

        response.SetVersionETag(result.Value.Version);
        return Envelope.Ok(ProductResponse.From(result.Value));
    }
}
