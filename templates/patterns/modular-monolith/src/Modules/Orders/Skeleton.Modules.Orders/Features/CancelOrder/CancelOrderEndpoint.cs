using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Features.CancelOrder;

/// <summary>
/// <c>POST /api/v1/orders/{id}/cancel</c> (owner or admin): pending or confirmed → cancelled through
/// <see cref="OrderCancellation"/>; anything else is 409 <c>orders.invalid_state</c>, an order of someone else 404.
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

    private static async Task<Results<Ok<DataEnvelope<OrderResponse>>, ProblemHttpResult>> CancelAsync(
        Guid id, ICurrentUser caller, OrderCancellation cancellation, CancellationToken cancellationToken)
    {
        var cancelled = await cancellation.CancelAsync(id, order => caller.IsOwnerOrAdmin(order.CustomerId), cancellationToken);
        return cancelled.Error is { } error ? error.ToProblemResult() : Envelope.Ok(OrderResponse.From(cancelled.Value));
    }
}
