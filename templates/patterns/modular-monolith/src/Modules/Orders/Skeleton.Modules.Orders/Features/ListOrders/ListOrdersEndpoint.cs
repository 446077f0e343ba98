using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Features.ListOrders;

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
        PageRequest page, ICurrentUser caller, OrdersDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await ReadPageAsync(page, caller, db, cancellationToken)).ToEnvelope(OrderResponse.From));

    /// <summary>One page of the caller's orders (every order for an admin): every list of orders goes through here.</summary>
    internal static Task<Page<Order>> ReadPageAsync(PageRequest page, ICurrentUser caller, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Orders.AsNoTracking();
        if (!caller.IsInRole(RampartRoles.Admin))
        {
            var customerId = caller.RequireId();
            query = query.Where(o => o.CustomerId == customerId);
        }

        // Index (customer_id, id) serves a customer's pages; the primary key serves an admin's.
        return query.ToPageAsync(page, cancellationToken);
    }
}
