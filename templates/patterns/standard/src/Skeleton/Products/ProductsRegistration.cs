namespace Skeleton.Products;

/// <summary>The catalog's services.</summary>
internal static class ProductsRegistration
{
    public static IServiceCollection AddProducts(this IServiceCollection services) => services.AddScoped<ProductService>();
}
