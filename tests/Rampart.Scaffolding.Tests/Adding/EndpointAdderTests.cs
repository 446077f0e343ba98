using System.Diagnostics;
using Rampart.Scaffolding.Adding;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// What <c>rampart add endpoint</c> plans and refuses, before anything is written, on small solutions of each layout
/// (the end-to-end tests run the whole command, build included, on generated services).
/// </summary>
public sealed class EndpointAdderTests : IDisposable
{
    private const string Program = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddRampartConcurrency();\n\nvar app = builder.Build();\napp.MapRampartPlatformEndpoints();\napp.Run();\n";
    private readonly TemporaryDirectory _solution = new();
    private readonly EndpointAdder _adder = new(new TemplateCatalog(Path.Combine(RepositoryRoot.Find(), "templates"), Path.Combine(RepositoryRoot.Find(), "artifacts", "feed")));

    public void Dispose() => _solution.Dispose();

    [Fact]
    public async Task Standard_DryRun_ListsTheFilesOnTheFoldersRoute_AndWritesNothing()
    {
        Standard();
        _solution.Write("src/Shop/Products/ProductsController.cs", "[Route(\"api/v1/products\")]\npublic sealed class ProductsController;\n");
        var before = Snapshot();

        var result = await AddAsync("products/get-price", "GET", "/{id:guid}/price", auth: "anonymous");

        Assert.Equal(["src/Shop/Products/GetPriceController.cs", "src/Shop/Products/GetPriceResponse.cs", "tests/Shop.Tests/Products/GetPriceTests.cs"], result.Created);
        Assert.Empty(result.Changed);
        Assert.Contains("endpoint 'products/get-price' → area Products, use case GetPrice, GET /api/v1/products/{id:guid}/price (anonymous), in src/Shop/Products/", result.Normalisation);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Standard_ALaterVersion_AddsItsOpenApiDocumentOnce()
    {
        Standard();

        var first = await AddAsync("orders/place-order", "POST", "/", version: 2, idempotent: true);
        _solution.Write("src/Shop/Orders/V2/Registration.cs", "services.AddRampartOpenApiDocument(2);\n");
        var second = await AddAsync("orders/cancel-order", "POST", "/{id:guid}/cancel", version: 2);

        Assert.Contains("src/Shop/Orders/V2/PlaceOrderController.cs", first.Created);
        Assert.Contains("+builder.Services.AddRampartOpenApiDocument(2);", first.Diff, StringComparison.Ordinal);
        Assert.Empty(second.Changed);
    }

    [Fact]
    public async Task AnEndpointThatExists_IsRefusedAndNothingIsWritten()
    {
        Standard();
        _solution.Write("tests/Shop.Tests/Orders/PlaceOrderTests.cs", "// taken");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("orders/place-order", "POST", "/", dryRun: false));

        Assert.Contains("The endpoint Orders/PlaceOrder exists already: tests/Shop.Tests/Orders/PlaceOrderTests.cs", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task ATypeOfTheSameNameElsewhere_IsRefused()
    {
        Standard();
        _solution.Write("src/Shop/Billing/PlaceOrderController.cs", "namespace Shop.Billing;\n\npublic sealed class PlaceOrderController;\n");

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("orders/place-order", "POST", "/"));

        Assert.Contains("would declare types the solution has already: PlaceOrderController in src/Shop/Billing/PlaceOrderController.cs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerticalSlice_ANewArea_GetsItsFeatureMappedInProgram()
    {
        _solution.Write("rampart.json", """{ "pattern": "vertical-slice", "host": "src/Shop/Shop.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop/Program.cs", Program);

        var result = await AddAsync("gift-shop/wrap-gift", "PATCH", "/{code}/wrapping");

        Assert.Contains("src/Shop/Features/GiftShop/GiftShopFeature.cs", result.Created);
        Assert.Contains("src/Shop/Features/GiftShop/WrapGift/WrapGiftEndpoint.cs", result.Created);
        Assert.Contains("src/Shop/Features/GiftShop/WrapGift/WrapGiftRequest.cs", result.Created);
        Assert.Equal(["src/Shop/Program.cs"], result.Changed.Select(c => c.Path));
        Assert.Contains("+app.MapGiftShop();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("PATCH /api/v1/gift-shop/{code}/wrapping (customer)", result.Normalisation[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModularMonolith_AnUnknownModule_IsRefusedListingTheModules()
    {
        _solution.Write("rampart.json", """{ "pattern": "modular-monolith", "host": "src/Shop.Host/Shop.Host.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Modules/Catalog/Shop.Modules.Catalog/Shop.Modules.Catalog.csproj", "<Project />");
        _solution.Write("src/Modules/Orders/Shop.Modules.Orders/Shop.Modules.Orders.csproj", "<Project />");

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("billing/pay-invoice", "POST", "/"));

        Assert.Contains("There is no module Billing", error.Message, StringComparison.Ordinal);
        Assert.Contains("this service has: Catalog, Orders", error.Message, StringComparison.Ordinal);
        Assert.Contains("rampart add module billing", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APatternWithoutItemTemplates_IsRefusedNamingThoseThatHave()
    {
        _solution.Write("rampart.json", """{ "pattern": "layered", "host": "src/Shop.Web/Shop.Web.csproj", "database": "shop", "broker": "inprocess" }""");

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("orders/place-order", "POST", "/"));

        Assert.Contains("does not support the layered pattern yet (it does: clean, hexagonal, modular-monolith, standard, vertical-slice)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_AnExistingArea_RegistersTheHandlerAndMapsTheEndpointInTheAreasClass()
    {
        Clean();
        _solution.Write("src/Shop.Api/GiftCards/GiftCardEndpoints.cs", CleanArea);

        var result = await AddAsync("gift-cards/redeem-card", "POST", "/{id:guid}/redemptions", idempotent: true);

        Assert.Contains("src/Shop.Application/GiftCards/RedeemCard/RedeemCardHandler.cs", result.Created);
        Assert.Contains("src/Shop.Api/GiftCards/RedeemCardEndpoint.cs", result.Created);
        Assert.DoesNotContain(result.Created, f => f.EndsWith("GiftCardsEndpoints.cs", StringComparison.Ordinal));
        Assert.Equal(["src/Shop.Api/GiftCards/GiftCardEndpoints.cs"], result.Changed.Select(c => c.Path).Distinct());
        Assert.Contains("+            .AddScoped<RedeemCardHandler>();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+        giftCards.MapRedeemCard();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("POST /api/v1/gift-cards/{id:guid}/redemptions (customer, Idempotency-Key required), in area GiftCards", result.Normalisation[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_ANewArea_GetsItsEndpointsClassRegisteredAndMappedInProgram()
    {
        Clean();

        var result = await AddAsync("reports/get-year-summary", "GET", "/summary/{year:int}", auth: "anonymous", version: 2);

        Assert.Contains("src/Shop.Api/Reports/ReportsEndpoints.cs", result.Created);
        Assert.Equal(["src/Shop.Api/Program.cs"], result.Changed.Select(c => c.Path).Distinct());
        Assert.Contains("+builder.Services.AddReportsEndpoints();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+app.MapReportsEndpoints();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+builder.Services.AddRampartOpenApiDocument(2);", result.Diff, StringComparison.Ordinal);
        Assert.Contains("GET /api/v2/reports/summary/{year:int} (anonymous), in area Reports (new)", result.Normalisation[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_AnAreaFolderWithoutItsEndpointsClass_IsRefused()
    {
        Clean();
        _solution.Write("src/Shop.Api/Paging/PageEnvelopes.cs", "namespace Shop.Api.Paging;\n");

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("paging/get-page", "GET", "/"));

        Assert.Contains("The area folder src/Shop.Api/Paging has no class with a Map…Endpoints", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hexagonal_ANewArea_RegistersThePortMapsItsGroupAndKeepsItApart()
    {
        _solution.Write("rampart.json", """{ "pattern": "hexagonal", "host": "src/Shop.Adapters.Http/Shop.Adapters.Http.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop.Adapters.Http/Program.cs", Program);
        _solution.Write("src/Shop.Adapters.Http/Composition/AdapterComposition.cs", "namespace Shop.Adapters.Http.Composition;\n\ninternal static class AdapterComposition\n{\n    public static IServiceCollection AddAdapters(this IServiceCollection services, IConfiguration configuration)\n    {\n        services.AddPersistenceAdapter(configuration);\n        return services;\n    }\n}\n");
        _solution.Write("tests/Shop.Tests/Architecture/ArchitectureRules.cs", "internal static class ArchitectureRules\n{\n    private static readonly string[] Modules = [\"Shop.Adapters.*.Catalog.**\"];\n}\n");

        var result = await AddAsync("billing/pay-invoice", "POST", "/{id:guid}/payments");

        Assert.Contains("src/Shop.Core/Billing/Ports/IPayInvoice.cs", result.Created);
        Assert.Contains("src/Shop.Core/Billing/UseCases/PayInvoice.cs", result.Created);
        Assert.Contains("src/Shop.Adapters.Http/Billing/BillingEndpoints.cs", result.Created);
        Assert.Contains("+        services.AddScoped<IPayInvoice, PayInvoice>();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+app.MapBillingEndpoints();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("\"Shop.Adapters.*.Billing.**\"", result.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UncommittedChangesInAFileItEdits_AreRefusedUnlessForced()
    {
        _solution.Write("rampart.json", """{ "pattern": "vertical-slice", "host": "src/Shop/Shop.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop/Program.cs", Program);
        await GitAsync("init", "-q");
        await GitAsync("add", "-A");
        await GitAsync("-c", "user.email=dev@shop.test", "-c", "user.name=dev", "commit", "-qm", "generated");
        _solution.Write("src/Shop/Program.cs", Program + "// local change\n");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-shop/wrap-gift", "POST", "/", dryRun: false));

        Assert.Contains("uncommitted changes: src/Shop/Program.cs", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    private const string CleanArea = """
        using Shop.Application.GiftCards.GetGiftCard;

        namespace Shop.Api.GiftCards;

        internal static class GiftCardEndpoints
        {
            public const string Module = "gift_cards";

            public static IServiceCollection AddGiftCardEndpoints(this IServiceCollection services) =>
                services
                    .AddScoped<GetGiftCardHandler>();

            public static IEndpointRouteBuilder MapGiftCardEndpoints(this IEndpointRouteBuilder endpoints)
            {
                var giftCards = endpoints.MapGroup("/api/v1/gift-cards");
                giftCards.WithTags("GiftCards").WithModule(Module);
                giftCards.MapGetGiftCard();
                return endpoints;
            }
        }

        """;

    private void Clean()
    {
        _solution.Write("rampart.json", """{ "pattern": "clean", "host": "src/Shop.Api/Shop.Api.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop.Api/Program.cs", Program);
    }

    private void Standard()
    {
        _solution.Write("rampart.json", """{ "pattern": "standard", "host": "src/Shop/Shop.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop/Program.cs", Program);
    }

    private Task<AddResult> AddAsync(string name, string method, string route, string? auth = null, bool idempotent = false, int version = 1, bool dryRun = true) =>
        _adder.AddAsync(EndpointSpecTests.Request(name, method, route, auth, idempotent, version, _solution.Path, dryRun), _ => { }, CancellationToken.None);

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_solution.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(_solution.Path, f), File.ReadAllText);

    private async Task GitAsync(params string[] arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = _solution.Path, RedirectStandardOutput = true, RedirectStandardError = true })!;
        await git.WaitForExitAsync();
        Assert.Equal(0, git.ExitCode);
    }
}
