using Rampart.Scaffolding.Adding;
using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// The edit steps <c>rampart add resource</c> uses outside the standard pattern, each on a before and an after string:
/// a vertical-slice feature's mapping in Program.cs, a module's route group in its module class, a package
/// reference in a module's project, and a clean resource's ports registered in the infrastructure.
/// </summary>
public sealed class ResourceLayoutEditTests
{
    private const string SliceProgram = """
        using Rampart.AspNetCore.Configuration;
        using Shop.Features.Identity;
        using Shop.Shared.Database;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddIdentityFeature();

        var app = builder.Build();

        app.UseRampartDefaults();
        app.MapRampartPlatformEndpoints();

        app.MapIdentityFeature();

        // A setting that is missing or invalid ends the process here.
        return await StartupFailure.RunAsync(app);

        """;

    private const string MadeModule = """
        using Microsoft.AspNetCore.Routing;
        using Shop.Modules.Billing.Database;
        using Shop.SharedKernel;

        namespace Shop.Modules.Billing;

        public sealed class BillingModule : IModule
        {
            public string Name => BillingDbContext.Schema;

            public void MapEndpoints(IEndpointRouteBuilder endpoints)
            {
                // Each use case maps its routes here.
            }
        }

        """;

    private const string ShopModule = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;
        using Shop.Modules.Catalog.Features.ListProducts;
        using Shop.SharedKernel;

        namespace Shop.Modules.Catalog;

        public sealed class CatalogModule : IModule
        {
            public string Name => "catalog";

            public void MapEndpoints(IEndpointRouteBuilder endpoints)
            {
                var products = endpoints.MapGroup("/api/v1/products");
                products.WithTags("Catalog").WithModule(Name);
                products.MapListProducts();
            }
        }

        """;

    private const string ModuleProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <FrameworkReference Include="Microsoft.AspNetCore.App" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="..\..\..\Shop.SharedKernel\Shop.SharedKernel.csproj" />
          </ItemGroup>
        </Project>

        """;

    private static readonly Naming GiftCard = Naming.Parse("gift-card", "resource");

    [Fact]
    public void AddEndpointMapping_MapsTheFeatureAfterTheLastMappingAndAddsTheUsingInOrder()
    {
        var edited = new AddEndpointMapping("src/Shop/Program.cs", "MapGiftCards", "Shop.Features.GiftCards").Apply(SliceProgram);

        Assert.Equal(SliceProgram
            .Replace("using Shop.Features.Identity;\n", "using Shop.Features.GiftCards;\nusing Shop.Features.Identity;\n", StringComparison.Ordinal)
            .Replace("app.MapIdentityFeature();\n", "app.MapIdentityFeature();\napp.MapGiftCards();\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddEndpointMapping_Twice_IsRefused()
    {
        var edit = new AddEndpointMapping("src/Shop/Program.cs", "MapGiftCards", "Shop.Features.GiftCards");

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(SliceProgram)));

        Assert.Contains("it calls MapGiftCards() already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEndpointMapping_WithoutTheBuiltApp_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() =>
            new AddEndpointMapping("src/Shop/Program.cs", "MapGiftCards", "Shop.Features.GiftCards").Apply("var builder = WebApplication.CreateBuilder(args);\n"));

        Assert.Contains("there is no var app = builder.Build();", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEndpointMapping_WithoutAnyMapping_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() =>
            new AddEndpointMapping("src/Shop/Program.cs", "MapGiftCards", "Shop.Features.GiftCards").Apply("var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n"));

        Assert.Contains("there is no app.Map…(); after builder.Build()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddModuleEndpoints_InAModuleMadeByAddModule_KeepsItsCommentAboveTheNewGroup()
    {
        var edited = new AddModuleEndpoints("src/Modules/Billing/Shop.Modules.Billing/BillingModule.cs", "BillingModule", GiftCard, "Shop.Modules.Billing").Apply(MadeModule);

        Assert.Equal("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;
            using Shop.Modules.Billing.Database;
            using Shop.Modules.Billing.Features.CreateGiftCard;
            using Shop.Modules.Billing.Features.DeleteGiftCard;
            using Shop.Modules.Billing.Features.GetGiftCard;
            using Shop.Modules.Billing.Features.ListGiftCards;
            using Shop.Modules.Billing.Features.UpdateGiftCard;
            using Shop.SharedKernel;

            namespace Shop.Modules.Billing;

            public sealed class BillingModule : IModule
            {
                public string Name => BillingDbContext.Schema;

                public void MapEndpoints(IEndpointRouteBuilder endpoints)
                {
                    // Each use case maps its routes here.
                    var giftCards = endpoints.MapGroup("/api/v1/gift-cards");
                    giftCards.WithTags("GiftCards").WithModule(Name);
                    giftCards.MapListGiftCards();
                    giftCards.MapGetGiftCard();
                    giftCards.MapCreateGiftCard();
                    giftCards.MapUpdateGiftCard();
                    giftCards.MapDeleteGiftCard();
                }
            }

            """, edited);
    }

    [Fact]
    public void AddModuleEndpoints_InAShopModule_AddsTheGroupAfterTheExistingOnes()
    {
        var edited = new AddModuleEndpoints("src/Modules/Catalog/Shop.Modules.Catalog/CatalogModule.cs", "CatalogModule", GiftCard, "Shop.Modules.Catalog").Apply(ShopModule);

        Assert.Contains("""
                    products.MapListProducts();

                    var giftCards = endpoints.MapGroup("/api/v1/gift-cards");
                    giftCards.WithTags("GiftCards").WithModule(Name);
                    giftCards.MapListGiftCards();
            """, edited, StringComparison.Ordinal);
        Assert.Contains("using Shop.Modules.Catalog.Features.ListGiftCards;\nusing Shop.Modules.Catalog.Features.ListProducts;\n", edited, StringComparison.Ordinal);
        Assert.Single(edited.Split('\n'), line => line == "using Microsoft.AspNetCore.Builder;");
    }

    [Fact]
    public void AddModuleEndpoints_Twice_IsRefused()
    {
        var edit = new AddModuleEndpoints("src/Modules/Billing/Shop.Modules.Billing/BillingModule.cs", "BillingModule", GiftCard, "Shop.Modules.Billing");

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(MadeModule)));

        Assert.Contains("BillingModule.MapEndpoints maps /api/v1/gift-cards already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddModuleEndpoints_WithoutMapEndpoints_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() =>
            new AddModuleEndpoints("BillingModule.cs", "BillingModule", GiftCard, "Shop.Modules.Billing").Apply("namespace Shop.Modules.Billing;\n\npublic sealed class BillingModule;\n"));

        Assert.Contains("BillingModule has no MapEndpoints(IEndpointRouteBuilder) with a body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPackageReference_WithoutPackages_AddsAGroupBeforeTheProjectReferences()
    {
        var edited = new AddPackageReference("Shop.Modules.Billing.csproj", "Rampart.AspNetCore.Identity").Apply(ModuleProject);

        Assert.Equal(ModuleProject.Replace("""
              <ItemGroup>
                <ProjectReference
            """, """
              <ItemGroup>
                <PackageReference Include="Rampart.AspNetCore.Identity" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference
            """, StringComparison.Ordinal), edited);
    }

    [Fact]
    public void AddPackageReference_AfterTheLastPackage()
    {
        var project = ModuleProject.Replace("""
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
              </ItemGroup>
            """, """
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
              </ItemGroup>
              <ItemGroup>
                <PackageReference Include="Rampart.AspNetCore.Messaging" />
              </ItemGroup>
            """, StringComparison.Ordinal);

        var edited = new AddPackageReference("Shop.Modules.Billing.csproj", "Rampart.AspNetCore.Identity").Apply(project);

        Assert.Contains("""
                <PackageReference Include="Rampart.AspNetCore.Messaging" />
                <PackageReference Include="Rampart.AspNetCore.Identity" />
              </ItemGroup>
            """, edited, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPackageReference_Twice_IsRefused()
    {
        var edit = new AddPackageReference("Shop.Modules.Billing.csproj", "Rampart.AspNetCore.Identity");

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(ModuleProject)));

        Assert.Contains("it references Rampart.AspNetCore.Identity already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddScopedServicesBeforeFinalReturn_RegistersThePortsBeforeTheReturnAndAddsTheUsingsInOrder()
    {
        var edited = CleanPorts().Apply(Infrastructure);

        Assert.Equal(Infrastructure
            .Replace("using Shop.Application.Common;\n", "using Shop.Application.Common;\nusing Shop.Application.GiftCards;\nusing Shop.Infrastructure.GiftCards;\n", StringComparison.Ordinal)
            .Replace(
                "\n        // Every port is registered above.\n        return services;",
                "\n        // Every port is registered above.\n        services.AddScoped<IGiftCardRepository, GiftCardRepository>();\n        services.AddScoped<IGiftCardQueries, GiftCardQueries>();\n        return services;",
                StringComparison.Ordinal),
            edited);
    }

    [Fact]
    public void AddScopedServicesBeforeFinalReturn_Twice_IsRefused()
    {
        var edit = CleanPorts();

        var error = Assert.Throws<ScaffoldingException>(() => edit.Apply(edit.Apply(Infrastructure)));

        Assert.Contains("AddInfrastructure registers IGiftCardRepository already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddScopedServicesBeforeFinalReturn_WithoutTheEntryPoint_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() => CleanPorts().Apply("namespace Microsoft.Extensions.DependencyInjection;\n\npublic static class InfrastructureServiceCollectionExtensions;\n"));

        Assert.Contains("there is no method InfrastructureServiceCollectionExtensions.AddInfrastructure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddScopedServicesBeforeFinalReturn_WithoutAFinalReturn_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() => CleanPorts().Apply(Infrastructure.Replace("        return services;\n", "        throw new NotSupportedException();\n", StringComparison.Ordinal)));

        Assert.Contains("AddInfrastructure does not end with a return statement", error.Message, StringComparison.Ordinal);
    }

    private const string Infrastructure = """
        using Shop.Application.Common;
        using Shop.Infrastructure.Persistence;

        namespace Microsoft.Extensions.DependencyInjection;

        public static class InfrastructureServiceCollectionExtensions
        {
            public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
            {
                services.AddAppDatabase(configuration);
                services.AddScoped<IUnitOfWork, UnitOfWork>();

                // Every port is registered above.
                return services;
            }
        }

        """;

    private static AddScopedServices CleanPorts() => new(
        "src/Shop.Infrastructure/InfrastructureServiceCollectionExtensions.cs",
        "InfrastructureServiceCollectionExtensions",
        "AddInfrastructure",
        [("IGiftCardRepository", "GiftCardRepository"), ("IGiftCardQueries", "GiftCardQueries")],
        ["Shop.Application.GiftCards", "Shop.Infrastructure.GiftCards"],
        beforeFinalReturn: true);
}
