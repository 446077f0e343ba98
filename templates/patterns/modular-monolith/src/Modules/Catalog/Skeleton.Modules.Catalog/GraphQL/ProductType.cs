#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Skeleton.Modules.Catalog.Contracts;

namespace Skeleton.Modules.Catalog.GraphQL;

/// <summary>The GraphQL <c>Product</c>: the fields of the REST product, over Catalog's contract type.</summary>
internal sealed class ProductType : ObjectGraphType<ProductDetails>
{
    public ProductType()
    {
        Name = ProductDetails.GraphQLTypeName;
        Description = "A product of the catalog, with its stock and the units reserved for orders.";
        Field(product => product.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(product => product.Sku);
        Field(product => product.Name);
        Field(product => product.Price).Description("The price, with 2 decimal places.");
        Field(product => product.Stock);
        Field(product => product.Reserved).Description("Units reserved for orders that are not settled yet.");
        Field(product => product.Version).Description("The version a PATCH names in If-Match.");
        Field(product => product.CreatedAt);
        Field(product => product.UpdatedAt);
    }
}
#endif
