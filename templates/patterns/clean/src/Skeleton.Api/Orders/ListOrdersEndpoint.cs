using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Api.Paging;
using Skeleton.Application.Common;
using Skeleton.Application.Orders;
using Skeleton.Application.Orders.ListOrders;

namespace Skeleton.Api.Orders;

/// <summary><c>GET /api/v1/orders?limit=&amp;cursor=</c>: a customer's own orders, or every order for an admin; newest first.</summary>
internal static class ListOrdersEndpoint
{
    public static RouteHandlerBuilder MapListOrders(this IEndpointRouteBuilder orders) =>
        orders.MapGet("/", ListAsync)
            .RequireAuthorization()
            .WithName("ListOrders")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Results<Ok<PageEnvelope<OrderDto>>, ProblemHttpResult>> ListAsync(
        int? limit, string? cursor, ListOrdersHandler useCase, CancellationToken cancellationToken)
    {
        var page = PageQuery.Create(limit, cursor);
        if (page.Error is { } invalid)
        {
            return invalid.ToProblem();
        }

        return TypedResults.Ok((await useCase.HandleAsync(page.Value, cancellationToken)).ToEnvelope());
    }
}
