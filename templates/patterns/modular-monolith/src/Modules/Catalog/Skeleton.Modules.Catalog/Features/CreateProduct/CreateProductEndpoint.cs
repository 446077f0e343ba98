using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Catalog.Products;

namespace Skeleton.Modules.Catalog.Features.CreateProduct;

/// <summary><c>POST /api/v1/products</c> (admin): 201 with <c>Location</c>; a live sku twice is 409 from the unique index.</summary>
internal static class CreateProductEndpoint
{
    public static RouteHandlerBuilder MapCreateProduct(this IEndpointRouteBuilder products) =>
        products.MapPost("/", CreateAsync)
            .RequireAuthorization(RampartPolicies.Admin)
            .WithIdempotency()
            .WithName("CreateProduct")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<DataEnvelope<ProductResponse>>, ProblemHttpResult>> CreateAsync(
        CreateProductRequest request, CreateProduct createProduct, HttpResponse response, CancellationToken cancellationToken)
    {
        var created = await createProduct.HandleAsync(request, cancellationToken);
        if (created.Error is { } error)
        {
            return error.ToProblemResult();
        }

        var product = created.Value;
        response.SetVersionETag(product.Version);
        return Envelope.Created($"/api/v1/products/{product.Id}", ProductResponse.From(product));
    }
}
