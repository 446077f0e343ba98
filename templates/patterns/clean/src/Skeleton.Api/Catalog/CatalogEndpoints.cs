using Rampart.AspNetCore.Versioning;
using Skeleton.Application.Catalog.CreateProduct;
using Skeleton.Application.Catalog.DeleteProduct;
using Skeleton.Application.Catalog.GetProduct;
using Skeleton.Application.Catalog.GetProductAvailability;
using Skeleton.Application.Catalog.ListProducts;
using Skeleton.Application.Catalog.UpdateProduct;

namespace Skeleton.Api.Catalog;

/// <summary>
/// The catalog's routes under <c>/api/v1/products</c> (and <c>GET /api/v2/products/{id}</c>), one file per endpoint, and
/// the use cases they call.
/// </summary>
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
            .AddScoped<GetProductAvailabilityHandler>()
            .AddRampartOpenApiDocument(2); // /openapi/v2.json, for GET /api/v2/products/{id}

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.NewVersionedApi("Catalog");
        var products = catalog.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(1);
        products.WithTags("Catalog").WithModule(Module);
        products.MapListProducts();
        products.MapGetProduct();
        products.MapCreateProduct();
        products.MapUpdateProduct();
        products.MapDeleteProduct();
        products.MapGetProductAvailability();

        var productsV2 = catalog.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(2);
        productsV2.WithTags("Catalog").WithModule(Module);
        productsV2.MapGetProductV2();
        return endpoints;
    }
}
