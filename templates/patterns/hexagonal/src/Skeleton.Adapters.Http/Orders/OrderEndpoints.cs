using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;
using Rampart.AspNetCore.Versioning;
using Skeleton.Adapters.Http.Errors;
using Skeleton.Core.Common;
using Skeleton.Core.Orders;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Http.Orders;

/// <summary>
/// <c>/api/v1/orders</c> and the hub <c>/hubs/orders</c>: HTTP in, the orders module's inbound ports called with the
/// caller, HTTP out. Ownership (someone else's order is not found) is the core's rule, not the route's.
/// </summary>
internal static class OrderEndpoints
{
    public const string Module = "orders";

    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.NewVersionedApi("Orders").MapGroup($"{ApiVersionRoutes.Prefix}/orders").HasApiVersion(1);
        orders.WithTags("Orders").WithModule(Module);
        orders.MapPost("/", PlaceAsync).RequireAuthorization(RampartPolicies.Customer).RequireIdempotencyKey().WithName("PlaceOrder")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        orders.MapGet("/{id:guid}", GetAsync).RequireAuthorization().WithName("GetOrder")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapGet("/", ListAsync).RequireAuthorization().WithName("ListOrders")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        orders.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization().WithIdempotency().WithName("CancelOrder")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapHub<OrdersHub>(OrdersHub.Path);
        return endpoints;
    }

    private static async Task<Results<Created<DataEnvelope<OrderResponse>>, ProblemHttpResult>> PlaceAsync(
        PlaceOrderRequest request, ICurrentUser user, IPlaceOrder orders, CancellationToken cancellationToken)
    {
        if (request.Validate() is { } invalid)
        {
            return invalid.ToProblemResult();
        }

        var placed = await orders.PlaceAsync(user.ToCaller(), request.Items, cancellationToken);
        return placed.Error is { } error
            ? error.ToProblemResult()
            : Envelope.Created($"/api/v1/orders/{placed.Value.Id}", OrderResponse.From(placed.Value));
    }

    private static async Task<Results<Ok<DataEnvelope<OrderResponse>>, ProblemHttpResult>> GetAsync(
        Guid id, ICurrentUser user, IFindOrders orders, CancellationToken cancellationToken) =>
        Ok(await orders.GetAsync(user.ToCaller(), id, cancellationToken));

    private static async Task<Ok<PageEnvelope<OrderResponse>>> ListAsync(
        PageRequest page, ICurrentUser user, IFindOrders orders, CancellationToken cancellationToken)
    {
        var found = await orders.ListAsync(user.ToCaller(), new PageQuery(page.Limit, page.Cursor), cancellationToken);
        return TypedResults.Ok(new PageEnvelope<OrderResponse>([.. found.Items.Select(OrderResponse.From)], new PageMeta(found.Limit, found.NextCursor)));
    }

    private static async Task<Results<Ok<DataEnvelope<OrderResponse>>, ProblemHttpResult>> CancelAsync(
        Guid id, ICurrentUser user, ICancelOrder orders, CancellationToken cancellationToken) =>
        Ok(await orders.CancelAsync(user.ToCaller(), id, cancellationToken));

    private static Results<Ok<DataEnvelope<OrderResponse>>, ProblemHttpResult> Ok(Result<Order> result) =>
        result.Error is { } error ? error.ToProblemResult() : Envelope.Ok(OrderResponse.From(result.Value));
}
