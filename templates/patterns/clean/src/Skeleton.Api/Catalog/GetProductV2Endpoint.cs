using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.Catalog.GetProduct;

namespace Skeleton.Api.Catalog;

/// <summary>
/// <c>GET /api/v2/products/{id}</c>: the use case of <see cref="GetProductEndpoint"/>, shown as a
/// <see cref="ProductV2Response"/> (the price an amount with its currency). A version is a shape of the API, so it lives
/// here; the application layer serves both.
/// </summary>
internal static class GetProductV2Endpoint
{
    public static RouteHandlerBuilder MapGetProductV2(this IEndpointRouteBuilder products) =>
        products.MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithName("GetProductV2")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DataEnvelope<ProductV2Response>>, ProblemHttpResult>> GetAsync(
        Guid id, GetProductHandler useCase, HttpResponse response, CancellationToken cancellationToken)
    {
        var product = await useCase.HandleAsync(id, cancellationToken);
        if (product.Error is { } error)
        {
            return error.ToProblem();
        }

        response.SetVersionETag(product.Value.Version);
        return Envelope.Ok(ProductV2Response.From(product.Value));
    }
}
