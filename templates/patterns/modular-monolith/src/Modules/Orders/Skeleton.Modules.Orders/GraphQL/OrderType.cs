#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.GraphQL;

/// <summary>The GraphQL <c>Order</c>: the fields of the REST order.</summary>
internal sealed class OrderType : ObjectGraphType<OrderResponse>
{
    public OrderType()
    {
        Name = "Order";
        Description = "An order of one customer; its status moves from pending to confirmed or rejected, or to cancelled.";
        Field(order => order.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(order => order.CustomerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(order => order.Status).Description("pending, confirmed, rejected or cancelled.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderItemType>>>>("items").Resolve(context => context.Source.Items);
        Field(order => order.Total);
        Field(order => order.CreatedAt);
        Field(order => order.UpdatedAt);
        Field(order => order.Version);
        Field(order => order.RejectionReason, nullable: true).Description("Why the catalog could not reserve the stock, for a rejected order.");
    }
}
#endif
