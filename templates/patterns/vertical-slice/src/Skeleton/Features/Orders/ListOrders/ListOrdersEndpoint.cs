using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Orders.ListOrders;

/// <summary><c>GET /api/v1/orders?limit=&amp;cursor=</c>: a customer's own orders, or every order for an admin; newest first.</summary>
internal static class ListOrdersEndpoint
{
    public static RouteHandlerBuilder MapListOrders(this IEndpointRouteBuilder orders) =>
        orders.MapGet("/", ListAsync)
            .RequireAuthorization()
            .WithName("ListOrders")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<PageEnvelope<OrderResponse>>> ListAsync(
        PageRequest page, ICurrentUser caller, AppDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Orders().AsNoTracking();
        if (!caller.IsInRole(RampartRoles.Admin))
        {
            var customerId = caller.RequireId();
            query = query.Where(o => o.CustomerId == customerId);
        }

        // Index (customer_id, id) serves a customer's pages; the primary key serves an admin's.
        var orders = await query.ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(orders.ToEnvelope(OrderResponse.From));
    }
}
