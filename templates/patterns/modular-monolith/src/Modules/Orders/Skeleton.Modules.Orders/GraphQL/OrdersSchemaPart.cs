#if RAMPART_API_GRAPHQL
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.GraphQL.Errors;
using Rampart.AspNetCore.GraphQL.Pagination;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Features.GetOrder;
using Skeleton.Modules.Orders.Features.ListOrders;
using Skeleton.Modules.Orders.Features.PlaceOrder;
using Skeleton.Modules.Orders.Orders;
using Skeleton.SharedKernel.GraphQL;

namespace Skeleton.Modules.Orders.GraphQL;

/// <summary>
/// Orders' part of the schema: <c>orders(first, after)</c> and <c>order(id)</c> for a signed-in caller (their own
/// orders; every order for an admin), <c>placeOrder</c> for customers. Each field runs what its REST endpoint runs:
/// someone else's order is <c>orders.order_not_found</c>, as it is a 404 on REST.
/// </summary>
internal sealed class OrdersSchemaPart : IGraphQLSchemaPart
{
    public void AddQueries(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Connection<OrderType>("orders")
            .Description("The caller's orders (every order for an admin), newest first; the same pages and cursors as GET /api/v1/orders.")
            .Authorize()
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var page = await ListOrdersEndpoint.ReadPageAsync(
                    context.ToPageRequest(), services.GetRequiredService<ICurrentUser>(), services.GetRequiredService<OrdersDbContext>(), context.CancellationToken);
                return page.ToConnection(OrderResponse.From);
            });

        query.Field<OrderType>("order")
            .Description("The order with this id when the caller owns it or is an admin; orders.order_not_found otherwise.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var order = await GetOrderEndpoint.FindAsync(
                    context.GetArgument<Guid>("id"), services.GetRequiredService<ICurrentUser>(), services.GetRequiredService<OrdersDbContext>(), context.CancellationToken);
                return OrderResponse.From(order.ValueOrThrow());
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<OrderType>("placeOrder")
            .Description("Places an order (customer), as POST /api/v1/orders does: pending until the catalog reserves the stock.")
            .AuthorizeWithPolicy(RampartPolicies.Customer)
            .Argument<NonNullGraphType<PlaceOrderInputType>>("input")
            .ResolveAsync(async context =>
            {
                var lines = PlaceOrderValidation.Validate(context.GetArgument<PlaceOrderRequest>("input")).ValueOrThrow();
                var placed = await context.RequestServices!.GetRequiredService<PlaceOrder>().HandleAsync(lines, context.CancellationToken);
                return OrderResponse.From(placed.ValueOrThrow());
            });
    }
}
#endif
