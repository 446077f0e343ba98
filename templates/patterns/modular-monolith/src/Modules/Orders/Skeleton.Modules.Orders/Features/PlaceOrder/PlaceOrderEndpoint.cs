using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Features.PlaceOrder;

/// <summary>
/// <c>POST /api/v1/orders</c> (customer, <c>Idempotency-Key</c> required): prices the lines from the catalog, stores
/// the pending order and writes <c>OrderPlaced</c> to the outbox in the same SaveChanges; 201 with <c>Location</c>.
/// </summary>
internal static class PlaceOrderEndpoint
{
    public static RouteHandlerBuilder MapPlaceOrder(this IEndpointRouteBuilder orders) =>
        orders.MapPost("/", PlaceAsync)
            .RequireAuthorization(RampartPolicies.Customer)
            .RequireIdempotencyKey()
            .WithName("PlaceOrder")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<DataEnvelope<OrderResponse>>, ProblemHttpResult>> PlaceAsync(
        PlaceOrderRequest request, PlaceOrder placeOrder, CancellationToken cancellationToken)
    {
        var lines = PlaceOrderValidation.Validate(request);
        if (lines.Error is { } invalid)
        {
            return invalid.ToProblemResult();
        }

        var placed = await placeOrder.HandleAsync(lines.Value, cancellationToken);
        return placed.Error is { } error
            ? error.ToProblemResult()
            : Envelope.Created($"/api/v1/orders/{placed.Value.Id}", OrderResponse.From(placed.Value));
    }
}
