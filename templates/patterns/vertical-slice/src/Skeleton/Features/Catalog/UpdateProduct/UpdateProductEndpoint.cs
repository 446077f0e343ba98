using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog.UpdateProduct;

/// <summary>
/// <c>PATCH /api/v1/products/{id}</c> (admin): needs <c>If-Match</c> (428 without, 412 <c>catalog.version_conflict</c>
/// when stale, also when another write lands between the check and the save); 200 with the new <c>ETag</c>.
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
        Guid id, UpdateProductRequest request, ExpectedVersion expected, AppDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.Products().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } product)
        {
            return ProductErrors.NotFound.ToProblemResult();
        }

        if (db.ExpectVersion(product, expected).Error is { } stale)
        {
            return stale.ToProblemResult();
        }

        if (product.Change(request.Name, request.Price, request.Stock).Error is { } invalid)
        {
            return invalid.ToProblemResult();
        }

        await db.SaveChangesAsync(cancellationToken);
        response.SetVersionETag(product.Version);
        return Envelope.Ok(ProductResponse.From(product));
    }
}
