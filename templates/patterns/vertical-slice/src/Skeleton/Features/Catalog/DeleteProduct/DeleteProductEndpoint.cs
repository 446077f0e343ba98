using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog.DeleteProduct;

/// <summary>
/// <c>DELETE /api/v1/products/{id}</c> (admin): 204, a soft delete, also while other writes to the product commit; with
/// <c>If-Match</c> the version must match (412 otherwise). The product is then not found, its sku free again.
/// </summary>
internal static class DeleteProductEndpoint
{
    public static RouteHandlerBuilder MapDeleteProduct(this IEndpointRouteBuilder products) =>
        products.MapDelete("/{id:guid}", DeleteAsync)
            .RequireAuthorization(RampartPolicies.Admin)
            .WithName("DeleteProduct")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, AppDbContext db, HttpRequest request, CancellationToken cancellationToken)
    {
        // If-Match is optional here: with it the delete is conditional (412 when stale); without it the delete wins,
        // so a write committing between the read and the save (a stock reservation) only means reading again.
        var expected = ExpectedVersion.ReadOptional(request.HttpContext, ProductErrors.VersionConflictCode);
        var result = expected is null
            ? await db.RetryOnVersionConflictAsync(token => DeleteOnceAsync(id, db, null, token), cancellationToken)
            : await DeleteOnceAsync(id, db, expected, cancellationToken);
        return result.Error is { } error ? error.ToProblemResult() : TypedResults.NoContent();
    }

    private static async Task<Result> DeleteOnceAsync(Guid id, AppDbContext db, ExpectedVersion? expected, CancellationToken cancellationToken)
    {
        if (await db.Products().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } product)
        {
            return ProductErrors.NotFound;
        }

        if (expected is not null && db.ExpectVersion(product, expected).Error is { } stale)
        {
            return stale;
        }

        // The save interceptor turns the removal into deleted_at = now (soft delete) and bumps the version.
        db.Products().Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
