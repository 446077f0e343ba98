#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Skeleton.Modules.Catalog.Features.CreateProduct;

namespace Skeleton.Modules.Catalog.GraphQL;

/// <summary>The input of <c>createProduct</c>: the body of <c>POST /api/v1/products</c>, checked by the same rules.</summary>
internal sealed class CreateProductInputType : InputObjectGraphType<CreateProductRequest>
{
    public CreateProductInputType()
    {
        Name = "CreateProductInput";
        Field<NonNullGraphType<StringGraphType>>("sku").Description("1-64 characters: A-Z, 0-9 and '-'.");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<DecimalGraphType>>("price").Description("Greater than 0, with at most 2 decimal places.");
        Field<NonNullGraphType<IntGraphType>>("stock").Description("0 or more.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CreateProductRequest
        {
            Sku = value["sku"] as string,
            Name = value["name"] as string,
            Price = value["price"] as decimal?,
            Stock = value["stock"] as int?,
        };
    }
}
#endif
