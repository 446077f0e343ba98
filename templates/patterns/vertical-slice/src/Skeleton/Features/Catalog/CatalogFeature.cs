using Rampart.AspNetCore.Messaging;
using Rampart.AspNetCore.Versioning;
using Skeleton.Features.Catalog.Contracts;
using Skeleton.Features.Catalog.CreateProduct;
using Skeleton.Features.Catalog.DeleteProduct;
using Skeleton.Features.Catalog.GetAvailability;
using Skeleton.Features.Catalog.GetPrices;
using Skeleton.Features.Catalog.GetProduct;
using Skeleton.Features.Catalog.ListProducts;
using Skeleton.Features.Catalog.UpdateProduct;
using Skeleton.Features.Orders.Contracts;

namespace Skeleton.Features.Catalog;

/// <summary>
/// Products, stock and reservations under <c>/api/v1/products</c>, and <c>GET /api/v2/products/{id}</c> showing the price
/// as an amount and a currency. Orders asks it for prices through
/// <see cref="IProductCatalog"/> and for stock through <see cref="OrderPlaced"/>, which it answers with an event.
/// </summary>
internal static class CatalogFeature
{
    public const string Name = "catalog";

    public static IServiceCollection AddCatalog(this IServiceCollection services, MessagingBuilder messaging)
    {
        services.AddScoped<IProductCatalog, ProductCatalog>();
        services.AddCachedEntity<Product>(Name, "product"); // catalog:product:{id} and catalog:product:list
        services.AddRampartOpenApiDocument(2); // /openapi/v2.json, for GET /api/v2/products/{id}
        messaging
            .AddConsumer<OrderPlaced, ReserveStock.ReserveStock>("reserve-stock")
            .AddConsumer<OrderCancelled, ReleaseStock.ReleaseStock>("release-stock");
        return services;
    }

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.NewVersionedApi("Catalog");
        var products = catalog.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(1);
        products.WithTags("Catalog").WithModule(Name);
        products.MapListProducts();
        products.MapGetProduct();
        products.MapCreateProduct();
        products.MapUpdateProduct();
        products.MapDeleteProduct();
        products.MapGetAvailability();

        var productsV2 = catalog.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(2);
        productsV2.WithTags("Catalog").WithModule(Name);
        productsV2.MapGetProductV2();
        return endpoints;
    }
}
