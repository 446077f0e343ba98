using Rampart.AspNetCore.Messaging;
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
/// Products, stock and reservations under <c>/api/v1/products</c>. Orders asks it for prices through
/// <see cref="IProductCatalog"/> and for stock through <see cref="OrderPlaced"/>, which it answers with an event.
/// </summary>
internal static class CatalogFeature
{
    public const string Name = "catalog";

    public static IServiceCollection AddCatalog(this IServiceCollection services, MessagingBuilder messaging)
    {
        services.AddScoped<IProductCatalog, ProductCatalog>();
        services.AddCachedEntity<Product>(Name, "product"); // catalog:product:{id} and catalog:product:list
        messaging
            .AddConsumer<OrderPlaced, ReserveStock.ReserveStock>("reserve-stock")
            .AddConsumer<OrderCancelled, ReleaseStock.ReleaseStock>("release-stock");
        return services;
    }

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapGroup("/api/v1/products");
        products.WithTags("Catalog").WithModule(Name);
        products.MapListProducts();
        products.MapGetProduct();
        products.MapCreateProduct();
        products.MapUpdateProduct();
        products.MapDeleteProduct();
        products.MapGetAvailability();
        return endpoints;
    }
}
