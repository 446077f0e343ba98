using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Features.GetOrder;

/// <summary><c>GET /api/v1/orders/{id}</c>: the owner's or, for an admin, any order; anyone else gets 404.</summary>
internal static class GetOrderEndpoint
{
    public static RouteHandlerBuilder MapGetOrder(this IEndpointRouteBuilder orders) =>
        orders.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization()
            .WithName("GetOrder")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DataEnvelope<OrderResponse>>, ProblemHttpResult>> GetAsync(
        Guid id, ICurrentUser caller, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await FindAsync(id, caller, db, cancellationToken);
        return order.Error is { } error ? error.ToProblemResult() : Envelope.Ok(OrderResponse.From(order.Value));
    }

    /// <summary>The order, when the caller owns it or is an admin: every read of one order goes through here.</summary>
    internal static async Task<Result<Order>> FindAsync(Guid id, ICurrentUser caller, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

        // Someone else's order is answered like a missing one: its existence is not revealed.
        if (order is null || !caller.IsOwnerOrAdmin(order.CustomerId))
        {
            return OrderErrors.NotFound;
        }

        return order;
    }
}
