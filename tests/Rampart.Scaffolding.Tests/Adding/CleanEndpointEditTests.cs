using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// The edit steps of <c>rampart add endpoint</c> in a clean area's endpoints class, on a before and an after string: the
/// use case's handler registered in the area's chain of registrations, and its endpoint mapped on the area's group in
/// the area's own namespace (a new version's group names the area's module).
/// </summary>
public sealed class CleanEndpointEditTests
{
    private const string Catalog = """
        using Rampart.AspNetCore.Versioning;
        using Shop.Application.Catalog.GetProduct;

        namespace Shop.Api.Catalog;

        internal static class CatalogEndpoints
        {
            public const string Module = "catalog";

            public static IServiceCollection AddCatalogEndpoints(this IServiceCollection services) =>
                services
                    .AddScoped<ListProductsHandler>()
                    .AddScoped<GetProductHandler>()
                    .AddRampartOpenApiDocument(2); // /openapi/v2.json

            public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder endpoints)
            {
                var products = endpoints.MapGroup("/api/v1/products");
                products.WithTags("Catalog").WithModule(Module);
                products.MapGetProduct();
                return endpoints;
            }
        }

        """;

    [Fact]
    public void AddUseCaseRegistration_InAChain_GoesAfterItsLastAddScopedOnALineOfItsOwn()
    {
        var edit = new AddUseCaseRegistration("src/Shop.Api/Catalog/CatalogEndpoints.cs", "CatalogEndpoints", "AddCatalogEndpoints", "GetPriceHandler", "Shop.Application.Catalog.GetPrice");

        var edited = edit.Apply(Catalog);

        Assert.Equal(Catalog
            .Replace("using Shop.Application.Catalog.GetProduct;\n", "using Shop.Application.Catalog.GetPrice;\nusing Shop.Application.Catalog.GetProduct;\n", StringComparison.Ordinal)
            .Replace("            .AddScoped<GetProductHandler>()\n", "            .AddScoped<GetProductHandler>()\n            .AddScoped<GetPriceHandler>()\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddUseCaseRegistration_AChainEndingInAddScoped_KeepsItsSemicolonAndComment()
    {
        const string before = """
            internal static class GiftCardEndpoints
            {
                public static IServiceCollection AddGiftCardEndpoints(this IServiceCollection services)
                {
                    services
                        .AddScoped<GetGiftCardHandler>(); // reads
                    return services;
                }
            }

            """;
        var edit = new AddUseCaseRegistration("GiftCardEndpoints.cs", "GiftCardEndpoints", "AddGiftCardEndpoints", "RedeemHandler", "Shop.Application.GiftCards.Redeem");

        var edited = edit.Apply(before);

        Assert.Equal("using Shop.Application.GiftCards.Redeem;\n\n" + before.Replace(".AddScoped<GetGiftCardHandler>(); // reads", ".AddScoped<GetGiftCardHandler>()\n            .AddScoped<RedeemHandler>(); // reads", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddUseCaseRegistration_StatementsOfTheirOwn_GetAStatementAfterTheLast()
    {
        const string before = """
            namespace Shop.Api.Reports;

            internal static class ReportsEndpoints
            {
                public static IServiceCollection AddReportsEndpoints(this IServiceCollection services)
                {
                    services.AddScoped<GetSalesHandler>();
                    return services;
                }
            }

            """;
        var edit = new AddUseCaseRegistration("ReportsEndpoints.cs", "ReportsEndpoints", "AddReportsEndpoints", "GetYearHandler", "Shop.Application.Reports.GetYear");

        var edited = edit.Apply(before);

        Assert.Equal("using Shop.Application.Reports.GetYear;\n\n" + before.Replace("        services.AddScoped<GetSalesHandler>();\n", "        services.AddScoped<GetSalesHandler>();\n        services.AddScoped<GetYearHandler>();\n", StringComparison.Ordinal), edited);
    }

    [Theory]
    [InlineData("GetProductHandler", "registers GetProductHandler already")]
    [InlineData("GetPriceHandler", "there is no CatalogEndpoints.AddSales")]
    public void AddUseCaseRegistration_TakenOrWithoutItsMethod_IsRefused(string handler, string problem)
    {
        var method = handler == "GetProductHandler" ? "AddCatalogEndpoints" : "AddSales";
        var edit = new AddUseCaseRegistration("CatalogEndpoints.cs", "CatalogEndpoints", method, handler, "Shop.Application.Catalog.GetPrice");

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(Catalog));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSliceMapping_InTheAreasOwnNamespace_AddsNoUsing()
    {
        var edit = new AddSliceMapping("CatalogEndpoints.cs", "CatalogEndpoints", "MapCatalogEndpoints", "MapGetPrice", 1, "products", "Catalog", "Shop.Api.Catalog", ["Rampart.AspNetCore.Versioning"]);

        var edited = edit.Apply(Catalog);

        Assert.Equal(Catalog.Replace("        products.MapGetProduct();\n", "        products.MapGetProduct();\n        products.MapGetPrice();\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddSliceMapping_ANewVersionOfACleanArea_TagsItWithTheAreasModule()
    {
        var edit = new AddSliceMapping("CatalogEndpoints.cs", "CatalogEndpoints", "MapCatalogEndpoints", "MapGetPriceV2", 2, "products", "Catalog", "Shop.Api.Catalog", ["Rampart.AspNetCore.Versioning"]);

        var edited = edit.Apply(Catalog);

        Assert.Contains("""
                    var productsV2 = api.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(2);
                    productsV2.WithTags("Catalog").WithModule(Module);
                    productsV2.MapGetPriceV2();

                    return endpoints;
            """, edited, StringComparison.Ordinal);
    }
}
