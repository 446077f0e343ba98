using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Concurrency;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;
using Skeleton.Api.Errors;
using Skeleton.Application.Catalog;
using Skeleton.Application.Catalog.UpdateProduct;
using Skeleton.Domain.Catalog;

namespace Skeleton.Api.Catalog;

/// <summary>
/// <c>PATCH /api/v1/products/{id}</c> (admin): needs <c>If-Match</c> (428 without, 412 <c>catalog.version_conflict</c>
/// when stale or weak); 200 with the new <c>ETag</c>.
/// </summary>
internal static class UpdateProductEndpoint
{
    public static RouteHandlerBuilder MapUpdateProduct(this IEndpointRouteBuilder products) =>
        products.MapPatch("/{id:guid}", UpdateAsync)
            .RequireAuthorization(RampartPolicies.Admin) // the edge turns others away early; the use case checks again
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

    private static async Task<Results<Ok<DataEnvelope<ProductDto>>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateProductRequest request, ExpectedVersion expected, UpdateProductHandler useCase, HttpResponse response, CancellationToken cancellationToken)
    {
        var command = new UpdateProductCommand(id, expected.Value, request.Name, request.Price, request.Stock);
        var updated = await useCase.HandleAsync(command, cancellationToken);
        if (updated.Error is { } error)
        {
            return error.ToProblem();
        }

        response.SetVersionETag(updated.Value.Version);
        return Envelope.Ok(updated.Value);
    }
}
