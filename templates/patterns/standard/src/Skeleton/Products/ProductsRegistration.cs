namespace Skeleton.Products;

/// <summary>The catalog's services, and its products' cache entries: <c>catalog:product:{id}</c> and <c>catalog:product:list</c>.</summary>
internal static class ProductsRegistration
{
    public static IServiceCollection AddProducts(this IServiceCollection services) => services
        .AddScoped<ProductService>()
        .AddCachedEntity<Product>("catalog", "product")
        .AddRampartOpenApiDocument(2); // /openapi/v2.json, for GET /api/v2/products/{id} (Products/V2)
}
