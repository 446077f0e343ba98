#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.GraphQL.DataLoaders;
using Skeleton.Modules.Catalog.Contracts;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.GraphQL;

/// <summary>
/// One line of an order. Its <c>product</c> is Catalog's <c>Product</c> type, asked of Catalog's contract: the batch
/// loader collects the product ids of every line of the level (all the orders of a page) and asks for them in one
/// call, so a page of orders costs the same number of queries whatever its size.
/// </summary>
internal sealed class OrderItemType : ObjectGraphType<OrderItemResponse>
{
    public const string ProductLoader = "orderItemProducts";

    public OrderItemType()
    {
        Name = "OrderItem";
        Field(item => item.ProductId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(item => item.Quantity);
        Field(item => item.UnitPrice).Description("The price when the order was placed.");
        Field("product", new GraphQLTypeReference(ProductDetails.GraphQLTypeName))
            .Description("The product as the catalog shows it now; null once it is deleted.")
            .Resolve(context => context.LoadOne<Guid, ProductDetails>(ProductLoader, context.Source.ProductId, async (productIds, cancellationToken) =>
            {
                var products = await context.RequestServices!.GetRequiredService<IProductCatalog>().GetProductsAsync(productIds, cancellationToken);
                return products.ToDictionary(pair => pair.Key, pair => (ProductDetails?)pair.Value);
            }));
    }
}
#endif
