using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Identity;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Orders.GetOrder;

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
        Guid id, ICurrentUser caller, AppDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.Orders().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

        // Someone else's order is answered like a missing one: its existence is not revealed.
        if (order is null || !caller.IsOwnerOrAdmin(order.CustomerId))
        {
            return OrderErrors.NotFound.ToProblemResult();
        }

        return Envelope.Ok(OrderResponse.From(order));
    }
}
