using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Api.Paging;
using Skeleton.Application.Catalog;
using Skeleton.Application.Catalog.ListProducts;
using Skeleton.Application.Common;

namespace Skeleton.Api.Catalog;

/// <summary><c>GET /api/v1/products?limit=&amp;cursor=</c>: live products, newest first, keyset-paginated.</summary>
internal static class ListProductsEndpoint
{
    public static RouteHandlerBuilder MapListProducts(this IEndpointRouteBuilder products) =>
        products.MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithName("ListProducts")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<PageEnvelope<ProductDto>>, ProblemHttpResult>> ListAsync(
        int? limit, string? cursor, ListProductsHandler useCase, CancellationToken cancellationToken)
    {
        var page = PageQuery.Create(limit, cursor);
        if (page.Error is { } invalid)
        {
            return invalid.ToProblem();
        }

        return TypedResults.Ok((await useCase.HandleAsync(page.Value, cancellationToken)).ToEnvelope());
    }
}
