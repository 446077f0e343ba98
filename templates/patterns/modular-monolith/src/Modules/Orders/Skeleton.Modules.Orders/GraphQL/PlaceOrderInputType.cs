#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Skeleton.Modules.Orders.Features.PlaceOrder;

namespace Skeleton.Modules.Orders.GraphQL;

/// <summary>The input of <c>placeOrder</c>: the body of <c>POST /api/v1/orders</c>, checked by the same rules.</summary>
internal sealed class PlaceOrderInputType : InputObjectGraphType<PlaceOrderRequest>
{
    public PlaceOrderInputType()
    {
        Name = "PlaceOrderInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceOrderItemInputType>>>>("items").Description("1-100 lines, each product once.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new PlaceOrderRequest(value["items"] is IEnumerable<object?> items ? [.. items.Cast<PlaceOrderItem?>()] : null);
    }
}
#endif
