using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Skeleton.Api.Errors;
using Skeleton.Application.Orders;
using Skeleton.Application.Orders.CancelOrder;

namespace Skeleton.Api.Orders;

/// <summary>
/// <c>POST /api/v1/orders/{id}/cancel</c> (owner or admin): pending or confirmed → cancelled; anything else is 409
/// <c>orders.invalid_state</c>.
/// </summary>
internal static class CancelOrderEndpoint
{
    public static RouteHandlerBuilder MapCancelOrder(this IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization()
            .WithIdempotency()
            .WithName("CancelOrder")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<DataEnvelope<OrderDto>>, ProblemHttpResult>> CancelAsync(
        Guid id, CancelOrderHandler useCase, CancellationToken cancellationToken)
    {
        var cancelled = await useCase.HandleAsync(id, cancellationToken);
        return cancelled.Error is { } error ? error.ToProblem() : Envelope.Ok(cancelled.Value);
    }
}
