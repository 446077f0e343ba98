using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;
using Skeleton.Api.Errors;
using Skeleton.Application.Catalog;
using Skeleton.Application.Catalog.CreateProduct;

namespace Skeleton.Api.Catalog;

/// <summary><c>POST /api/v1/products</c> (admin): 201 with <c>Location</c> and <c>ETag</c>; a live sku twice is 409.</summary>
internal static class CreateProductEndpoint
{
    public static RouteHandlerBuilder MapCreateProduct(this IEndpointRouteBuilder products) =>
        products.MapPost("/", CreateAsync)
            .RequireAuthorization(RampartPolicies.Admin) // the edge turns others away early; the use case checks again
            .WithIdempotency()
            .WithName("CreateProduct")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<DataEnvelope<ProductDto>>, ProblemHttpResult>> CreateAsync(
        CreateProductRequest request, CreateProductHandler useCase, HttpResponse response, CancellationToken cancellationToken)
    {
        var created = await useCase.HandleAsync(new CreateProductCommand(request.Sku, request.Name, request.Price, request.Stock), cancellationToken);
        if (created.Error is { } error)
        {
            return error.ToProblem();
        }

        response.SetVersionETag(created.Value.Version);
        return Envelope.Created($"/api/v1/products/{created.Value.Id}", created.Value);
    }
}
