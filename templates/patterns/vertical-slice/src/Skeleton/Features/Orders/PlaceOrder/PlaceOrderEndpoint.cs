using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Features.Catalog.Contracts;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Orders.PlaceOrder;

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
        PlaceOrderRequest request,
        ICurrentUser caller,
        IProductCatalog catalog,
        AppDbContext db,
        IOutbox<AppDbContext> outbox,
        CancellationToken cancellationToken)
    {
        var lines = PlaceOrderValidation.Validate(request);
        if (lines.Error is { } invalid)
        {
            return invalid.ToProblemResult();
        }

        var prices = await catalog.GetPricesAsync([.. lines.Value.Select(l => l.ProductId)], cancellationToken);
        var items = PlaceOrderValidation.Price(lines.Value, prices);
        if (items.Error is { } unknownProducts)
        {
            return unknownProducts.ToProblemResult();
        }

        var order = Order.Place(caller.RequireId(), items.Value);
        db.Orders().Add(order);
        outbox.Placed(order);
        outbox.StatusChanged(order);
        await db.SaveChangesAsync(cancellationToken);
        return Envelope.Created($"/api/v1/orders/{order.Id}", OrderResponse.From(order));
    }
}
