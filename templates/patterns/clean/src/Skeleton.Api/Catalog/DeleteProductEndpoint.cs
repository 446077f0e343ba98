using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Identity;
using Skeleton.Api.Errors;
using Skeleton.Application.Catalog.DeleteProduct;
using Skeleton.Domain.Catalog;

namespace Skeleton.Api.Catalog;

/// <summary>
/// <c>DELETE /api/v1/products/{id}</c> (admin): 204, a soft delete; with <c>If-Match</c> the version must match (412
/// otherwise). The product is then not found, its sku free again.
/// </summary>
internal static class DeleteProductEndpoint
{
    public static RouteHandlerBuilder MapDeleteProduct(this IEndpointRouteBuilder products) =>
        products.MapDelete("/{id:guid}", DeleteAsync)
            .RequireAuthorization(RampartPolicies.Admin) // the edge turns others away early; the use case checks again
            .WithName("DeleteProduct")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, DeleteProductHandler useCase, HttpRequest request, CancellationToken cancellationToken)
    {
        var expected = ExpectedVersion.ReadOptional(request.HttpContext, ProductErrors.VersionConflictCode);
        var deleted = await useCase.HandleAsync(new DeleteProductCommand(id, expected?.Value), cancellationToken);
        return deleted.Error is { } error ? error.ToProblem() : TypedResults.NoContent();
    }
}
