using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Skeleton.Modules.Catalog.Contracts;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Catalog.Features.CreateProduct;
using Skeleton.Modules.Catalog.Features.DeleteProduct;
using Skeleton.Modules.Catalog.Features.GetAvailability;
using Skeleton.Modules.Catalog.Features.GetPrices;
using Skeleton.Modules.Catalog.Features.GetProduct;
using Skeleton.Modules.Catalog.Features.ListProducts;
using Skeleton.Modules.Catalog.Features.ReserveStock;
using Skeleton.Modules.Catalog.Features.UpdateProduct;
#if RAMPART_API_GRAPHQL
using Skeleton.Modules.Catalog.GraphQL;
#endif
using Rampart.AspNetCore.Versioning;
using Skeleton.Modules.Catalog.Products;
using Skeleton.SharedKernel;
#if RAMPART_API_GRAPHQL
using Skeleton.SharedKernel.GraphQL;
#endif

namespace Skeleton.Modules.Catalog;

/// <summary>
/// Products, stock and reservations (schema <c>catalog</c>), under <c>/api/v1/products</c>; <c>GET /api/v2/products/{id}</c>
/// serves the same product with its price as an amount and a currency.
/// </summary>
public sealed class CatalogModule : IModule
{
    /// <inheritdoc />
    public string Name => CatalogDbContext.Schema;

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CatalogDbContext>(configuration, CatalogDbContext.Schema);
        services.AddScoped<IProductCatalog, ProductCatalog>();
        services.AddScoped<CreateProduct>();
#if RAMPART_API_GRAPHQL
        services.AddSingleton<IGraphQLSchemaPart, CatalogSchemaPart>(); // products, product(id), createProduct
#endif
        services.AddCachedEntity<Product>(Name, "product"); // catalog:product:{id} and catalog:product:list
        services.AddCatalogMessaging(configuration); // OrderPlaced/OrderCancelled consumers
        services.AddRampartOpenApiDocument(2); // /openapi/v2.json, for GET /api/v2/products/{id}

        // The validation source generator sees this project's request types only when this project calls AddValidation.
        services.AddValidation();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
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
    }
}
