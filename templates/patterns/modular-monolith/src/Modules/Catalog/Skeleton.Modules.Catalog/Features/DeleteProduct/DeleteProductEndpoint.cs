using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Catalog.Products;

namespace Skeleton.Modules.Catalog.Features.DeleteProduct;

/// <summary><c>DELETE /api/v1/products/{id}</c> (admin): 204, a soft delete; the product is then not found, its sku free again.</summary>
internal static class DeleteProductEndpoint
{
    public static RouteHandlerBuilder MapDeleteProduct(this IEndpointRouteBuilder products) =>
        products.MapDelete("/{id:guid}", DeleteAsync)
            .RequireAuthorization(RampartPolicies.Admin)
            .WithName("DeleteProduct")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, CatalogDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } product)
        {
            return ProductErrors.NotFound.ToProblemResult();
        }

        // The save interceptor turns the removal into deleted_at = now (soft delete) and bumps the version.
        db.Products.Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
