using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;
using Skeleton.Api.Errors;
using Skeleton.Application.Orders;
using Skeleton.Application.Orders.PlaceOrder;

namespace Skeleton.Api.Orders;

/// <summary>
/// <c>POST /api/v1/orders</c> (customer, <c>Idempotency-Key</c> required): the body is the command as it stands; 201 with
/// <c>Location</c>.
/// </summary>
internal static class PlaceOrderEndpoint
{
    public static RouteHandlerBuilder MapPlaceOrder(this IEndpointRouteBuilder orders) =>
        orders.MapPost("/", PlaceAsync)
            .RequireAuthorization(RampartPolicies.Customer) // the edge turns others away early; the use case checks again
            .RequireIdempotencyKey()
            .WithName("PlaceOrder")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<DataEnvelope<OrderDto>>, ProblemHttpResult>> PlaceAsync(
        PlaceOrderCommand command, PlaceOrderHandler useCase, CancellationToken cancellationToken)
    {
        // A malformed body is answered at the gate, before any work; the use case checks again, as for any caller.
        if (PlaceOrderValidation.Validate(command).Error is { } invalid)
        {
            return invalid.ToProblem();
        }

        var placed = await useCase.HandleAsync(command, cancellationToken);
        return placed.Error is { } error ? error.ToProblem() : Envelope.Created($"/api/v1/orders/{placed.Value.Id}", placed.Value);
    }
}
