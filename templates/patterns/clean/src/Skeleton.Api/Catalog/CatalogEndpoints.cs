using Skeleton.Application.Catalog.CreateProduct;
using Skeleton.Application.Catalog.DeleteProduct;
using Skeleton.Application.Catalog.GetProduct;
using Skeleton.Application.Catalog.GetProductAvailability;
using Skeleton.Application.Catalog.ListProducts;
using Skeleton.Application.Catalog.UpdateProduct;

namespace Skeleton.Api.Catalog;

/// <summary>The catalog's routes under <c>/api/v1/products</c>, one file per endpoint, and the use cases they call.</summary>
internal static class CatalogEndpoints
{
    public const string Module = "catalog";

    public static IServiceCollection AddCatalogEndpoints(this IServiceCollection services) =>
        services
            .AddScoped<ListProductsHandler>()
            .AddScoped<GetProductHandler>()
            .AddScoped<CreateProductHandler>()
            .AddScoped<UpdateProductHandler>()
            .AddScoped<DeleteProductHandler>()
            .AddScoped<GetProductAvailabilityHandler>();

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapGroup("/api/v1/products");
        products.WithTags("Catalog").WithModule(Module);
        products.MapListProducts();
        products.MapGetProduct();
        products.MapCreateProduct();
        products.MapUpdateProduct();
        products.MapDeleteProduct();
        products.MapGetProductAvailability();
        return endpoints;
    }
}
