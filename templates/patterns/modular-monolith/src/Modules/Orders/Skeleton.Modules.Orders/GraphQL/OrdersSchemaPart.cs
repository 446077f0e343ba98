#if RAMPART_API_GRAPHQL
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.GraphQL.Errors;
using Rampart.AspNetCore.GraphQL.Pagination;
using Rampart.AspNetCore.Identity;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Features.CancelOrder;
using Skeleton.Modules.Orders.Features.GetOrder;
using Skeleton.Modules.Orders.Features.ListOrders;
using Skeleton.Modules.Orders.Features.PlaceOrder;
using Skeleton.Modules.Orders.Orders;
using Skeleton.SharedKernel.GraphQL;

namespace Skeleton.Modules.Orders.GraphQL;

/// <summary>
/// Orders' part of the schema: <c>orders(first, after)</c> and <c>order(id)</c> for a signed-in caller (their own
/// orders; every order for an admin), <c>placeOrder</c> for customers, <c>cancelOrder</c> for the owner or an admin. Each
/// field runs what its REST endpoint runs: someone else's order is <c>orders.order_not_found</c>, as it is a 404 on REST,
/// and <c>placeOrder</c> takes its <c>Idempotency-Key</c> as the <c>idempotencyKey</c> argument, over the same store.
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
            .Description("Places an order (customer), as POST /api/v1/orders does: pending until the catalog reserves the stock. "
                + "The same idempotencyKey and input again answer the first order; the key with another input is idempotency.key_reused.")
            .AuthorizeWithPolicy(RampartPolicies.Customer)
            .Argument<NonNullGraphType<PlaceOrderInputType>>("input")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey", "The Idempotency-Key of POST /api/v1/orders: 1-255 visible ASCII characters, new for each order.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var request = context.GetArgument<PlaceOrderRequest>("input");
                var placed = await IdempotentOperation.RunAsync<OrderResponse>(
                    services,
                    context.User,
                    context.GetArgument<string>("idempotencyKey"),
                    keyField: "idempotencyKey",
                    operation: "graphql:placeOrder",
                    input: request,
                    async cancellationToken =>
                    {
                        var lines = PlaceOrderValidation.Validate(request);
                        if (lines.Error is { } invalid)
                        {
                            return invalid;
                        }

                        var order = await services.GetRequiredService<PlaceOrder>().HandleAsync(lines.Value, cancellationToken);
                        return order.Error is { } error ? error : OrderResponse.From(order.Value);
                    },
                    context.CancellationToken);
                return placed.ValueOrThrow();
            });

        mutation.Field<OrderType>("cancelOrder")
            .Description("Cancels an order (owner or admin), as POST /api/v1/orders/{id}/cancel does: pending or confirmed only "
                + "(orders.invalid_state otherwise); someone else's order is orders.order_not_found.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var caller = services.GetRequiredService<ICurrentUser>();
                var cancelled = await services.GetRequiredService<OrderCancellation>().CancelAsync(
                    context.GetArgument<Guid>("id"), order => caller.IsOwnerOrAdmin(order.CustomerId), context.CancellationToken);
                return OrderResponse.From(cancelled.ValueOrThrow());
            });
    }
}
#endif
