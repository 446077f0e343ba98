using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Catalog.Products;

namespace Skeleton.Modules.Catalog.Features.UpdateProduct;

/// <summary>
/// <c>PATCH /api/v1/products/{id}</c> (admin): needs <c>If-Match</c> (428 without, 412 <c>catalog.version_conflict</c>
/// when stale, also when another write lands between the check and the save); 200 with the new <c>ETag</c>.
/// <see cref="ChangeAsync"/> is the update itself, for every edge that changes a product at an expected version.
/// </summary>
internal static class UpdateProductEndpoint
{
    public static RouteHandlerBuilder MapUpdateProduct(this IEndpointRouteBuilder products) =>
        products.MapPatch("/{id:guid}", UpdateAsync)
            .RequireAuthorization(RampartPolicies.Admin)
            .RequireIfMatch(ProductErrors.VersionConflictCode)
            .WithIdempotency()
            .WithName("UpdateProduct")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<DataEnvelope<ProductResponse>>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateProductRequest request, ExpectedVersion expected, CatalogDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var updated = await ChangeAsync(id, request, expected, db, cancellationToken);
        if (updated.Error is { } error)
        {
            return error.ToProblemResult();
        }

        response.SetVersionETag(updated.Value.Version);
        return Envelope.Ok(ProductResponse.From(updated.Value));
    }

    /// <summary>
    /// The update both APIs run: not found, stale (also when another write lands between the check and the save),
    /// invalid, or the changed product.
    /// </summary>
    public static async Task<Result<Product>> ChangeAsync(
        Guid id, UpdateProductRequest request, ExpectedVersion expected, CatalogDbContext db, CancellationToken cancellationToken)
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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return expected.Conflict();
        }

        return product;
    }
}
