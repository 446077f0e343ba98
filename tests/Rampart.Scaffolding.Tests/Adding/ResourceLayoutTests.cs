using Rampart.Scaffolding.Adding;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// Where <c>rampart add resource</c> puts a resource outside the standard pattern, and its refusals there, each before
/// anything is written: a vertical-slice feature, a resource in a modular monolith's module (<c>--module</c> required
/// and checked), a clean resource across the four layers, <c>--module</c> refused where there are no modules. Small solutions of each layout; the end-to-end
/// tests run the whole command, migration included, on generated services.
/// </summary>
public sealed class ResourceLayoutTests : IDisposable
{
    private const string Fields = "title:string code:string? amount:decimal tier:enum(basic,premium)";

    private readonly TemporaryDirectory _solution = new();
    private readonly ResourceAdder _adder = new(new TemplateCatalog(Path.Combine(RepositoryRoot.Find(), "templates"), Path.Combine(RepositoryRoot.Find(), "artifacts", "feed")));

    public void Dispose() => _solution.Dispose();

    [Fact]
    public async Task VerticalSlice_DryRun_PlansTheFeatureWithAFolderPerSliceAndItsMapping()
    {
        VerticalSliceSolution();
        var before = Snapshot();

        var result = await AddAsync("gift-card", module: null);

        Assert.Contains("src/Shop/Features/GiftCards/GiftCardsFeature.cs", result.Created);
        Assert.Contains("src/Shop/Features/GiftCards/GiftCardTables.cs", result.Created);
        Assert.Contains("src/Shop/Features/GiftCards/GiftCardConfiguration.cs", result.Created);
        Assert.Contains("src/Shop/Features/GiftCards/GiftCardTier.cs", result.Created);
        foreach (var slice in new[] { "ListGiftCards/ListGiftCardsEndpoint", "GetGiftCard/GetGiftCardEndpoint", "CreateGiftCard/CreateGiftCardEndpoint", "CreateGiftCard/CreateGiftCardRequest", "UpdateGiftCard/UpdateGiftCardEndpoint", "UpdateGiftCard/UpdateGiftCardRequest", "DeleteGiftCard/DeleteGiftCardEndpoint" })
        {
            Assert.Contains($"src/Shop/Features/GiftCards/{slice}.cs", result.Created);
        }

        Assert.Contains("tests/Shop.Tests/GiftCards/GiftCardsApiTests.cs", result.Created);
        Assert.Equal(["src/Shop/Program.cs"], result.Changed.Select(c => c.Path));
        Assert.Contains("+app.MapGiftCards();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+using Shop.Features.GiftCards;", result.Diff, StringComparison.Ordinal);
        Assert.Equal("AddGiftCards", result.Migration);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task VerticalSlice_AFeatureThatExists_IsRefused()
    {
        VerticalSliceSolution();
        _solution.Write("src/Shop/Features/GiftCards/Notes.md", "taken");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card", module: null));

        Assert.Contains("The resource GiftCard exists already: src/Shop/Features/GiftCards/", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("vertical-slice")]
    [InlineData("clean")]
    public async Task AModuleOutsideAModularMonolith_IsRefusedSayingThePatternHasNone(string pattern)
    {
        VerticalSliceSolution();
        _solution.Write("rampart.json", $$"""{ "pattern": "{{pattern}}", "host": "src/Shop/Shop.csproj", "database": "shop", "broker": "inprocess" }""");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card", module: "Billing"));

        Assert.Contains($"--module Billing: the {pattern} pattern has no modules", error.Message, StringComparison.Ordinal);
        Assert.Contains("Leave --module out", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Clean_DryRun_PlansAFolderPerLayerAndTheFourEdits()
    {
        CleanSolution();
        var before = Snapshot();

        var result = await AddAsync("gift-card", module: null);

        foreach (var file in new[]
        {
            "src/Shop.Domain/GiftCards/GiftCard.cs", "src/Shop.Domain/GiftCards/GiftCardRules.cs", "src/Shop.Domain/GiftCards/GiftCardErrors.cs", "src/Shop.Domain/GiftCards/GiftCardTier.cs",
            "src/Shop.Application/GiftCards/IGiftCardRepository.cs", "src/Shop.Application/GiftCards/IGiftCardQueries.cs", "src/Shop.Application/GiftCards/GiftCardDto.cs",
            "src/Shop.Application/GiftCards/ListGiftCards/ListGiftCardsHandler.cs", "src/Shop.Application/GiftCards/CreateGiftCard/CreateGiftCardCommand.cs", "src/Shop.Application/GiftCards/DeleteGiftCard/DeleteGiftCardHandler.cs",
            "src/Shop.Infrastructure/GiftCards/GiftCardConfiguration.cs", "src/Shop.Infrastructure/GiftCards/GiftCardRepository.cs", "src/Shop.Infrastructure/GiftCards/GiftCardQueries.cs",
            "src/Shop.Api/GiftCards/GiftCardEndpoints.cs", "src/Shop.Api/GiftCards/UpdateGiftCardEndpoint.cs", "src/Shop.Api/GiftCards/CreateGiftCardRequest.cs",
            "tests/Shop.Tests/GiftCards/GiftCardTests.cs", "tests/Shop.Tests/GiftCards/GiftCardsApiTests.cs",
        })
        {
            Assert.Contains(file, result.Created);
        }

        Assert.Equal(
            ["src/Shop.Infrastructure/Persistence/AppDbContext.cs", "src/Shop.Infrastructure/InfrastructureServiceCollectionExtensions.cs", "src/Shop.Api/Program.cs"],
            result.Changed.Select(c => c.Path).Distinct());
        Assert.Contains("+    public DbSet<GiftCard> GiftCards => Set<GiftCard>();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+        services.AddScoped<IGiftCardRepository, GiftCardRepository>();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+builder.Services.AddGiftCardEndpoints();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+app.MapGiftCardEndpoints();", result.Diff, StringComparison.Ordinal);
        Assert.Equal("AddGiftCards", result.Migration);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Clean_AResourceThatExistsInOneLayer_IsRefused()
    {
        CleanSolution();
        _solution.Write("src/Shop.Api/GiftCards/GiftCardEndpoints.cs", "namespace Shop.Api.GiftCards;\n\ninternal static class GiftCardEndpoints;\n");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card", module: null));

        Assert.Contains("The resource GiftCard exists already: src/Shop.Api/GiftCards/GiftCardEndpoints.cs", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Clean_Rendering_LeavesNoSampleOrMarker_AndPutsOwnershipInTheUseCases(bool owned)
    {
        var resource = Naming.Parse("order-note", "resource");
        var fields = ResourceField.ParseAll("rank:int", [], ["rank"]);

        var files = new ResourceTemplate("Shop", resource, fields, owned).RenderAll(Path.Combine(RepositoryRoot.Find(), "templates", "items", "clean", "resource"));

        Assert.All(files, f =>
        {
            foreach (var leftover in new[] { "GiftCard", "giftCard", "gift card", "Skeleton", "<fields:", "#if", "#endif" })
            {
                Assert.False(f.Content.Contains(leftover, StringComparison.Ordinal), $"{f.Path} still has '{leftover}'");
            }

            Assert.False(f.Content.StartsWith('\n'), f.Path);
        });
        var get = files.Single(f => f.Path == "src/Shop.Application/OrderNotes/GetOrderNote/GetOrderNoteHandler.cs").Content;
        Assert.Equal(owned, get.Contains("user.IsOwnerOrAdmin(orderNote.OwnerId)", StringComparison.Ordinal));
        var create = files.Single(f => f.Path == "src/Shop.Application/OrderNotes/CreateOrderNote/CreateOrderNoteHandler.cs").Content;
        Assert.Equal(!owned, create.Contains("user.RequireAdmin()", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Path.EndsWith("OrderNoteTier.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModularMonolith_DryRun_PlansTheResourceInsideTheModule()
    {
        ModularMonolithSolution();
        var before = Snapshot();

        var result = await AddAsync("gift-card", module: "billing");

        Assert.Contains("resource 'gift-card' → type GiftCard, collection GiftCards, route /api/v1/gift-cards, table gift_cards, in module Billing", result.Normalisation);
        Assert.Contains("src/Modules/Billing/Shop.Modules.Billing/GiftCards/GiftCard.cs", result.Created);
        Assert.Contains("src/Modules/Billing/Shop.Modules.Billing/Database/GiftCardConfiguration.cs", result.Created);
        Assert.Contains("src/Modules/Billing/Shop.Modules.Billing/Features/CreateGiftCard/CreateGiftCardEndpoint.cs", result.Created);
        Assert.Contains("src/Modules/Billing/Shop.Modules.Billing.Contracts/GiftCardTier.cs", result.Created);
        Assert.Contains("tests/Shop.Tests/Billing/GiftCards/GiftCardsApiTests.cs", result.Created);
        Assert.DoesNotContain(result.Created, path => path.EndsWith("GiftCardAccess.cs", StringComparison.Ordinal));
        Assert.Equal(
            ["src/Modules/Billing/Shop.Modules.Billing/Database/BillingDbContext.cs", "src/Modules/Billing/Shop.Modules.Billing/BillingModule.cs", "src/Modules/Billing/Shop.Modules.Billing/Shop.Modules.Billing.csproj"],
            result.Changed.Select(c => c.Path));
        Assert.Contains("+    public DbSet<GiftCard> GiftCards => Set<GiftCard>();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+        var giftCards = endpoints.MapGroup(\"/api/v1/gift-cards\");", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+    <PackageReference Include=\"Rampart.AspNetCore.Identity\" />", result.Diff, StringComparison.Ordinal);
        Assert.Equal("AddGiftCards (BillingDbContext)", result.Migration);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ModularMonolith_Owned_AddsTheAccessRule()
    {
        ModularMonolithSolution();

        var result = await _adder.AddAsync(new AddResourceRequest(_solution.Path, "gift-card", Fields, [], [], Owned: true, DryRun: true, Force: false, "Billing"), _ => { }, CancellationToken.None);

        Assert.Contains("src/Modules/Billing/Shop.Modules.Billing/GiftCards/GiftCardAccess.cs", result.Created);
    }

    [Fact]
    public async Task ModularMonolith_WithoutModule_IsRefusedNamingTheModules()
    {
        ModularMonolithSolution();
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card", module: null));

        Assert.Contains("--module is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("this service has: Billing, Catalog", error.Message, StringComparison.Ordinal);
        Assert.Contains("--module Billing", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ModularMonolith_AnUnknownModule_IsRefusedNamingTheModules()
    {
        ModularMonolithSolution();
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card", module: "shipping"));

        Assert.Contains("There is no module Shipping", error.Message, StringComparison.Ordinal);
        Assert.Contains("this service has: Billing, Catalog", error.Message, StringComparison.Ordinal);
        Assert.Contains("rampart add module shipping", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ModularMonolith_AResourceThatExistsInTheModule_IsRefused()
    {
        ModularMonolithSolution();
        _solution.Write("src/Modules/Billing/Shop.Modules.Billing/GiftCards/GiftCard.cs", "namespace Shop.Modules.Billing.GiftCards;\n\ninternal sealed class GiftCard;\n");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card", module: "Billing"));

        Assert.Contains("The resource GiftCard exists already", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ModularMonolith_WithoutSignIn_IsRefusedSayingWhatIsMissing()
    {
        ModularMonolithSolution();
        File.Delete(_solution.Combine("tests", "Shop.Tests", "Support", "ShopApp.cs"));
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card", module: "Billing"));

        Assert.Contains("tests/Shop.Tests/Support/ShopApp.cs (and the Identity module) are missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Rendering_ForAModule_LeavesNoSampleModuleOrServiceName()
    {
        var resource = Naming.Parse("inventory-item", "resource");
        var fields = ResourceField.ParseAll("rank:int", [], []);

        var files = new ResourceTemplate("Shop", resource, fields, owned: false, Naming.Parse("Billing", "module"))
            .RenderAll(Path.Combine(RepositoryRoot.Find(), "templates", "items", "modular-monolith", "resource"));

        Assert.Contains(files, f => f.Path == "src/Modules/Billing/Shop.Modules.Billing/InventoryItems/InventoryItem.cs");
        Assert.All(files, f =>
        {
            Assert.DoesNotContain("Modules.Inventory", f.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("Skeleton", f.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("#if", f.Content, StringComparison.Ordinal);
            Assert.False(f.Content.StartsWith('\n'), f.Path);
        });
        Assert.DoesNotContain(files, f => f.Content.Contains("using System.ComponentModel.DataAnnotations;", StringComparison.Ordinal) && f.Path.EndsWith("UpdateInventoryItemRequest.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Path.EndsWith("Access.cs", StringComparison.Ordinal));
    }

    private void VerticalSliceSolution()
    {
        _solution.Write("rampart.json", """{ "pattern": "vertical-slice", "host": "src/Shop/Shop.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop/Program.cs", "using Shop.Features.Identity;\n\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddIdentityFeature();\n\nvar app = builder.Build();\n\napp.MapIdentityFeature();\n\napp.Run();\n");
    }

    private void CleanSolution()
    {
        _solution.Write("rampart.json", """{ "pattern": "clean", "host": "src/Shop.Api/Shop.Api.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop.Api/Program.cs", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddInfrastructure(builder.Configuration);\n\nvar app = builder.Build();\n\napp.MapIdentityEndpoints();\n\nreturn await StartupFailure.RunAsync(app);\n");
        _solution.Write("src/Shop.Infrastructure/Persistence/AppDbContext.cs", "using Microsoft.EntityFrameworkCore;\n\nnamespace Shop.Infrastructure.Persistence;\n\ninternal sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)\n{\n    public const string Schema = \"shop\";\n\n    protected override void OnModelCreating(ModelBuilder modelBuilder)\n    {\n        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);\n    }\n}\n");
        _solution.Write("src/Shop.Infrastructure/InfrastructureServiceCollectionExtensions.cs", "namespace Microsoft.Extensions.DependencyInjection;\n\npublic static class InfrastructureServiceCollectionExtensions\n{\n    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)\n    {\n        services.AddAppDatabase(configuration);\n        return services;\n    }\n}\n");
    }

    private void ModularMonolithSolution()
    {
        _solution.Write("rampart.json", """{ "pattern": "modular-monolith", "host": "src/Shop.Host/Shop.Host.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("tests/Shop.Tests/Support/ShopApp.cs", "namespace Shop.Tests.Support;\n\npublic sealed class ShopApp;\n");
        _solution.Write("src/Modules/Catalog/Shop.Modules.Catalog/Shop.Modules.Catalog.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        _solution.Write("src/Modules/Billing/Shop.Modules.Billing/Shop.Modules.Billing.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\Shop.Modules.Billing.Contracts\\Shop.Modules.Billing.Contracts.csproj\" />\n  </ItemGroup>\n</Project>\n");
        _solution.Write("src/Modules/Billing/Shop.Modules.Billing/Database/BillingDbContext.cs", "using Microsoft.EntityFrameworkCore;\n\nnamespace Shop.Modules.Billing.Database;\n\ninternal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)\n{\n    protected override void OnModelCreating(ModelBuilder modelBuilder)\n    {\n        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDbContext).Assembly);\n        modelBuilder.ApplyRampartConventions();\n    }\n}\n");
        _solution.Write("src/Modules/Billing/Shop.Modules.Billing/BillingModule.cs", "using Microsoft.AspNetCore.Routing;\n\nnamespace Shop.Modules.Billing;\n\npublic sealed class BillingModule\n{\n    public string Name => \"billing\";\n\n    public void MapEndpoints(IEndpointRouteBuilder endpoints)\n    {\n    }\n}\n");
        _solution.Write("src/Modules/Shared/README.md", "not a module");
    }

    private Task<AddResult> AddAsync(string name, string? module) =>
        _adder.AddAsync(new AddResourceRequest(_solution.Path, name, Fields, ["code"], ["amount"], Owned: false, DryRun: true, Force: false, module), _ => { }, CancellationToken.None);

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_solution.Path, "*", SearchOption.AllDirectories).ToDictionary(path => Path.GetRelativePath(_solution.Path, path), File.ReadAllText);
}
