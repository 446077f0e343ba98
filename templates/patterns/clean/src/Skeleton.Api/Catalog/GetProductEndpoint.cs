using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.Catalog;
using Skeleton.Application.Catalog.GetProduct;

namespace Skeleton.Api.Catalog;

/// <summary><c>GET /api/v1/products/{id}</c>: the product with its version as <c>ETag</c>; deleted ones are not found.</summary>
internal static class GetProductEndpoint
{
    public static RouteHandlerBuilder MapGetProduct(this IEndpointRouteBuilder products) =>
        products.MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithName("GetProduct")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DataEnvelope<ProductDto>>, ProblemHttpResult>> GetAsync(
        Guid id, GetProductHandler useCase, HttpResponse response, CancellationToken cancellationToken)
    {
        var product = await useCase.HandleAsync(id, cancellationToken);
        if (product.Error is { } error)
        {
            return error.ToProblem();
        }

        response.SetVersionETag(product.Value.Version);
        return Envelope.Ok(product.Value);
    }
}
