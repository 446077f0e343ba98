#if RAMPART_API_GRAPHQL
namespace Skeleton.Modules.Catalog.Contracts;

/// <summary>
/// A live product as other modules may show it: the source of the GraphQL <c>Product</c> type, which Catalog owns and
/// other modules' fields return by name (<see cref="GraphQLTypeName"/>).
/// </summary>
public sealed record ProductDetails(
    Guid Id, string Sku, string Name, decimal Price, int Stock, int Reserved, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The name of the GraphQL type that shows a <see cref="ProductDetails"/>.</summary>
    public const string GraphQLTypeName = "Product";
}
#endif
