using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// The edit steps of <c>rampart add endpoint</c>, each on a before and an after string: a slice mapped on its area's
/// route group of its version (an existing group, a new group beside the version-1 one, the first group of a module
/// made by <c>add module</c>) and the OpenAPI document of a later version in Program.cs.
/// </summary>
public sealed class EndpointEditTests
{
    private const string Feature = """
        using Rampart.AspNetCore.Versioning;
        using Shop.Features.Catalog.GetProduct;

        namespace Shop.Features.Catalog;

        internal static class CatalogFeature
        {
            public const string Name = "catalog";

            public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder endpoints)
            {
                var catalog = endpoints.NewVersionedApi("Catalog");
                var products = catalog.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(1);
                products.WithTags("Catalog").WithModule(Name);
                products.MapGetProduct();
                return endpoints;
            }
        }

        """;

    private const string UnversionedFeature = """
        using Shop.Features.GiftCards.GetGiftCard;

        namespace Shop.Features.GiftCards;

        internal static class GiftCardsFeature
        {
            public const string Name = "gift_cards";

            public static IEndpointRouteBuilder MapGiftCards(this IEndpointRouteBuilder endpoints)
            {
                var giftCards = endpoints.MapGroup("/api/v1/gift-cards");
                giftCards.WithTags("GiftCards").WithModule(Name);
                giftCards.MapGetGiftCard();
                return endpoints;
            }
        }

        """;

    private const string MadeModule = """
        using Microsoft.AspNetCore.Routing;
        using Shop.SharedKernel;

        namespace Shop.Modules.Billing;

        public sealed class BillingModule : IModule
        {
            public string Name => "billing";

            public void MapEndpoints(IEndpointRouteBuilder endpoints)
            {
                // Each use case maps its routes here.
            }
        }

        """;

    private const string Program = """
        var builder = WebApplication.CreateBuilder(args);
        builder.AddRampartDefaults();
        builder.Services.AddRampartConcurrency();

        var app = builder.Build();
        app.Run();

        """;

    [Fact]
    public void AddSliceMapping_OnTheGroupOfItsVersion_MapsAfterTheGroupsLastLine()
    {
        var edited = FeatureEdit(1).Apply(Feature);

        Assert.Equal(Feature
            .Replace("using Shop.Features.Catalog.GetProduct;\n", "using Shop.Features.Catalog.GetPrice;\nusing Shop.Features.Catalog.GetProduct;\n", StringComparison.Ordinal)
            .Replace("        products.MapGetProduct();\n", "        products.MapGetProduct();\n        products.MapGetPrice();\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddSliceMapping_ALaterVersion_GetsAGroupOnTheSamePathOfTheAreasVersionedApi()
    {
        var edited = FeatureEdit(2).Apply(Feature);

        Assert.Equal(Feature
            .Replace("using Shop.Features.Catalog.GetProduct;\n", "using Shop.Features.Catalog.GetPrice;\nusing Shop.Features.Catalog.GetProduct;\n", StringComparison.Ordinal)
            .Replace("        products.MapGetProduct();\n", """
                        products.MapGetProduct();

                        var productsV2 = catalog.MapGroup($"{ApiVersionRoutes.Prefix}/products").HasApiVersion(2);
                        productsV2.WithTags("Catalog").WithModule(Name);
                        productsV2.MapGetPrice();


                """, StringComparison.Ordinal), edited);
        Assert.Equal("products", AddSliceMapping.GroupSegment(Feature, "CatalogFeature", null, 2));
    }

    [Fact]
    public void AddSliceMapping_ALaterVersionBesideAnUnversionedGroup_DeclaresTheVersionedApi()
    {
        var edit = new AddSliceMapping("src/Shop/Features/GiftCards/GiftCardsFeature.cs", "GiftCardsFeature", null, "MapRedeemGiftCard", 2, "gift-cards", "GiftCards", "Shop.Features.GiftCards.RedeemGiftCard", ["Rampart.AspNetCore.Versioning"]);

        var edited = edit.Apply(UnversionedFeature);

        Assert.Equal("gift-cards", AddSliceMapping.GroupSegment(UnversionedFeature, "GiftCardsFeature", null, 2));
        Assert.Equal(UnversionedFeature
            .Replace("using Shop.Features.GiftCards.GetGiftCard;\n", "using Rampart.AspNetCore.Versioning;\nusing Shop.Features.GiftCards.GetGiftCard;\nusing Shop.Features.GiftCards.RedeemGiftCard;\n", StringComparison.Ordinal)
            .Replace("        giftCards.MapGetGiftCard();\n", """
                        giftCards.MapGetGiftCard();

                        var api = endpoints.NewVersionedApi("GiftCards");
                        var giftCardsV2 = api.MapGroup($"{ApiVersionRoutes.Prefix}/gift-cards").HasApiVersion(2);
                        giftCardsV2.WithTags("GiftCards").WithModule(Name);
                        giftCardsV2.MapRedeemGiftCard();


                """, StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddSliceMapping_InAModuleMadeByAddModule_KeepsItsCommentAboveTheFirstGroup()
    {
        var edit = new AddSliceMapping(
            "src/Modules/Billing/Shop.Modules.Billing/BillingModule.cs", "BillingModule", "MapEndpoints", "MapPayInvoice", 1, "billing", "Billing", "Shop.Modules.Billing.Features.PayInvoice",
            ["Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http", "Rampart.AspNetCore.Versioning"]);

        var edited = edit.Apply(MadeModule);

        Assert.Null(AddSliceMapping.GroupSegment(MadeModule, "BillingModule", "MapEndpoints", 1));
        Assert.Equal("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;
            using Rampart.AspNetCore.Versioning;
            using Shop.Modules.Billing.Features.PayInvoice;
            using Shop.SharedKernel;

            namespace Shop.Modules.Billing;

            public sealed class BillingModule : IModule
            {
                public string Name => "billing";

                public void MapEndpoints(IEndpointRouteBuilder endpoints)
                {
                    // Each use case maps its routes here.
                    var api = endpoints.NewVersionedApi("Billing");
                    var billing = api.MapGroup($"{ApiVersionRoutes.Prefix}/billing").HasApiVersion(1);
                    billing.WithTags("Billing").WithModule(Name);
                    billing.MapPayInvoice();
                }
            }

            """, edited);
    }

    [Fact]
    public void AddSliceMapping_Twice_IsRefused()
    {
        var edit = FeatureEdit(1);

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(Feature)));

        Assert.Contains("CatalogFeature calls MapGetPrice() already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSliceMapping_WithoutTheAreasMappingMethod_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() => FeatureEdit(1).Apply("namespace Shop.Features.Catalog;\n\ninternal static class CatalogFeature\n{\n}\n"));

        Assert.Contains("there is no CatalogFeature.Map…(this IEndpointRouteBuilder …) with a body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOpenApiDocument_AddsTheVersionsDocumentAfterTheLastServicesCall()
    {
        var edited = new AddOpenApiDocument("src/Shop/Program.cs", 2).Apply(Program);

        Assert.Equal(Program.Replace("builder.Services.AddRampartConcurrency();\n", """
            builder.Services.AddRampartConcurrency();

            // The OpenAPI document of the endpoints mapped under /api/v2: /openapi/v2.json, listed on /docs.
            builder.Services.AddRampartOpenApiDocument(2);

            """, StringComparison.Ordinal), edited);
        Assert.True(AddOpenApiDocument.Registers(edited, 2));
        Assert.False(AddOpenApiDocument.Registers(edited, 3));
    }

    [Fact]
    public void AddOpenApiDocument_Twice_IsRefused()
    {
        var edit = new AddOpenApiDocument("src/Shop/Program.cs", 2);

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(Program)));

        Assert.Contains("it adds the OpenAPI document v2 already", error.Message, StringComparison.Ordinal);
    }

    private static AddSliceMapping FeatureEdit(int version) =>
        new("src/Shop/Features/Catalog/CatalogFeature.cs", "CatalogFeature", null, "MapGetPrice", version, "catalog", "Catalog", "Shop.Features.Catalog.GetPrice", ["Rampart.AspNetCore.Versioning"]);
}
