using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.Orders;
using Skeleton.Application.Orders.GetOrder;

namespace Skeleton.Api.Orders;

/// <summary><c>GET /api/v1/orders/{id}</c>: the owner's or, for an admin, any order; anyone else gets 404.</summary>
internal static class GetOrderEndpoint
{
    public static RouteHandlerBuilder MapGetOrder(this IEndpointRouteBuilder orders) =>
        orders.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization()
            .WithName("GetOrder")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DataEnvelope<OrderDto>>, ProblemHttpResult>> GetAsync(
        Guid id, GetOrderHandler useCase, CancellationToken cancellationToken)
    {
        var order = await useCase.HandleAsync(id, cancellationToken);
        return order.Error is { } error ? error.ToProblem() : Envelope.Ok(order.Value);
    }
}
