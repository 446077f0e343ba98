#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Skeleton.Modules.Catalog.Features.UpdateProduct;

namespace Skeleton.Modules.Catalog.GraphQL;

/// <summary>The input of <c>updateProduct</c>: the body of <c>PATCH /api/v1/products/{id}</c>; absent or null fields stay.</summary>
internal sealed class UpdateProductInputType : InputObjectGraphType<UpdateProductRequest>
{
    public UpdateProductInputType()
    {
        Name = "UpdateProductInput";
        Field<StringGraphType>("name");
        Field<DecimalGraphType>("price").Description("Greater than 0, with at most 2 decimal places.");
        Field<IntGraphType>("stock").Description("0 or more.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new UpdateProductRequest
        {
            Name = value.TryGetValue("name", out var name) ? name as string : null,
            Price = value.TryGetValue("price", out var price) ? price as decimal? : null,
            Stock = value.TryGetValue("stock", out var stock) ? stock as int? : null,
        };
    }
}
#endif
