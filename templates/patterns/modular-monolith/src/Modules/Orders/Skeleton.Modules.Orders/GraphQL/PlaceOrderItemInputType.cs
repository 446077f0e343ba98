#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Skeleton.Modules.Orders.Features.PlaceOrder;

namespace Skeleton.Modules.Orders.GraphQL;

/// <summary>One line of <c>PlaceOrderInput</c>: a product and 1-1000 units.</summary>
internal sealed class PlaceOrderItemInputType : InputObjectGraphType<PlaceOrderItem>
{
    public PlaceOrderItemInputType()
    {
        Name = "PlaceOrderItemInput";
        Field<NonNullGraphType<IdGraphType>>("productId");
        Field<NonNullGraphType<IntGraphType>>("quantity");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        // An id that is not a UUID is no product: the use case's rules answer it (items[i].productId), as on REST.
        var productId = value["productId"] switch
        {
            Guid id => id,
            string text when Guid.TryParse(text, out var id) => id,
            _ => (Guid?)null,
        };
        return new PlaceOrderItem(productId, value["quantity"] as int?);
    }
}
#endif
