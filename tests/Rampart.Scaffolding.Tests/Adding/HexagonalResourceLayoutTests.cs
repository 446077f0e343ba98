using Rampart.Scaffolding.Adding;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Scaffolding.Tests.Adding;

/// <summary>
/// Where <c>rampart add resource</c> puts a resource in a hexagonal service, before anything is written: a folder per
/// project (core, persistence adapter, HTTP adapter, both test projects), the repository registered by the persistence
/// adapter, the use cases in the composition root (CoreUseCases in the Shop, AddAdapters in the skeleton), the route
/// group in Program.cs and a unique index in the unit of work. A small solution of the layout; the end-to-end test runs
/// the whole command, migration included, on a generated service.
/// </summary>
public sealed class HexagonalResourceLayoutTests : IDisposable
{
    private const string Fields = "title:string code:string? amount:decimal tier:enum(basic,premium)";

    private readonly TemporaryDirectory _solution = new();
    private readonly ResourceAdder _adder = new(new TemplateCatalog(Path.Combine(RepositoryRoot.Find(), "templates"), Path.Combine(RepositoryRoot.Find(), "artifacts", "feed")));

    public HexagonalResourceLayoutTests()
    {
        _solution.Write("rampart.json", """{ "pattern": "hexagonal", "host": "src/Shop.Adapters.Http/Shop.Adapters.Http.csproj", "database": "shop", "broker": "inprocess" }""");
        _solution.Write("src/Shop.Adapters.Http/Program.cs", "using Shop.Adapters.Http.Composition;\nusing Shop.Adapters.Http.Identity;\n\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddAdapters(builder.Configuration);\n\nvar app = builder.Build();\n\napp.MapIdentityEndpoints();\n\napp.Run();\n");
        _solution.Write("src/Shop.Adapters.Http/Composition/AdapterComposition.cs", "namespace Shop.Adapters.Http.Composition;\n\ninternal static class AdapterComposition\n{\n    public static IServiceCollection AddAdapters(this IServiceCollection services, IConfiguration configuration)\n    {\n        services.AddPersistenceAdapter(configuration);\n        return services;\n    }\n}\n");
        _solution.Write("src/Shop.Adapters.Persistence/PersistenceAdapter.cs", "namespace Shop.Adapters.Persistence;\n\npublic static class PersistenceAdapter\n{\n    public static IServiceCollection AddPersistenceAdapter(this IServiceCollection services, IConfiguration configuration)\n    {\n        services.AddScoped<UnitOfWork>();\n        return services;\n    }\n}\n");
        _solution.Write("tests/Shop.Tests/Architecture/ArchitectureRules.cs", "namespace Shop.Tests.Architecture;\n\ninternal static class ArchitectureRules\n{\n    public static readonly IReadOnlyList<DependencyRule> All =\n    [\n        new(\"Shop.Adapters.*.{name}.**\", [\"Shop.Adapters.*.Catalog.**\", \"Shop.Adapters.*.Orders.**\"], \"Inside an adapter, one module's code does not use another's.\"),\n    ];\n}\n");
        _solution.Write("src/Shop.Adapters.Persistence/UnitOfWork.cs", "using Microsoft.EntityFrameworkCore;\n\nnamespace Shop.Adapters.Persistence;\n\ninternal sealed class UnitOfWork(AppDbContext db)\n{\n    public async Task<Result> CommitAsync(CoreError onConflict, CancellationToken cancellationToken)\n    {\n        try\n        {\n            await db.SaveChangesAsync(cancellationToken);\n        }\n        catch (DbUpdateConcurrencyException)\n        {\n            return onConflict;\n        }\n\n        return Result.Success();\n    }\n}\n");
    }

    public void Dispose() => _solution.Dispose();

    [Fact]
    public async Task Skeleton_DryRun_PlansAFolderPerProjectAndRegistersInTheCompositionRoot()
    {
        var before = Snapshot();

        var result = await AddAsync("gift-card", unique: ["code"]);

        foreach (var file in new[]
        {
            "src/Shop.Core/GiftCards/GiftCard.cs", "src/Shop.Core/GiftCards/GiftCardErrors.cs", "src/Shop.Core/GiftCards/GiftCardTier.cs",
            "src/Shop.Core/GiftCards/Ports/IFindGiftCards.cs", "src/Shop.Core/GiftCards/Ports/IManageGiftCards.cs", "src/Shop.Core/GiftCards/Ports/IGiftCardRepository.cs",
            "src/Shop.Core/GiftCards/UseCases/FindGiftCards.cs", "src/Shop.Core/GiftCards/UseCases/ManageGiftCards.cs",
            "src/Shop.Adapters.Persistence/GiftCards/GiftCardRecord.cs", "src/Shop.Adapters.Persistence/GiftCards/GiftCardRecordConfiguration.cs",
            "src/Shop.Adapters.Persistence/GiftCards/GiftCardRepository.cs",
            "src/Shop.Adapters.Http/GiftCards/GiftCardEndpoints.cs", "src/Shop.Adapters.Http/GiftCards/CreateGiftCardRequest.cs",
            "src/Shop.Adapters.Http/GiftCards/UpdateGiftCardRequest.cs", "src/Shop.Adapters.Http/GiftCards/GiftCardResponse.cs",
            "tests/Shop.Core.Tests/GiftCards/GiftCardUseCaseTests.cs", "tests/Shop.Core.Tests/GiftCards/InMemoryGiftCardRepository.cs",
            "tests/Shop.Tests/GiftCards/GiftCardsApiTests.cs", "tests/Shop.Tests/GiftCards/GiftCardRequestRulesTests.cs",
        })
        {
            Assert.Contains(file, result.Created);
        }

        Assert.Equal(
            ["src/Shop.Adapters.Persistence/PersistenceAdapter.cs", "src/Shop.Adapters.Http/Composition/AdapterComposition.cs", "src/Shop.Adapters.Http/Program.cs", "tests/Shop.Tests/Architecture/ArchitectureRules.cs", "src/Shop.Adapters.Persistence/UnitOfWork.cs"],
            result.Changed.Select(c => c.Path));
        Assert.Contains("+        services.AddScoped<IGiftCardRepository, GiftCardRepository>();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+        services.AddScoped<IManageGiftCards, ManageGiftCards>();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+app.MapGiftCardEndpoints();", result.Diff, StringComparison.Ordinal);
        Assert.Contains("[\"Shop.Adapters.*.Catalog.**\", \"Shop.Adapters.*.Orders.**\", \"Shop.Adapters.*.GiftCards.**\"]", result.Diff, StringComparison.Ordinal);
        Assert.Contains("+        catch (DbUpdateException ex) when (ex.IsUniqueViolation(GiftCardRecordConfiguration.CodeIndex))", result.Diff, StringComparison.Ordinal);
        Assert.Equal("AddGiftCards", result.Migration);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Shop_DryRun_RegistersTheUseCasesInCoreUseCasesAndLeavesTheUnitOfWorkWithoutAUniqueField()
    {
        _solution.Write("src/Shop.Adapters.Http/Composition/CoreUseCases.cs", "namespace Shop.Adapters.Http.Composition;\n\ninternal static class CoreUseCases\n{\n    public static IServiceCollection AddCoreUseCases(this IServiceCollection services)\n    {\n        services.AddScoped<IManageProducts, ManageProducts>();\n        return services;\n    }\n}\n");

        var result = await AddAsync("gift-card", unique: []);

        Assert.Equal(
            ["src/Shop.Adapters.Persistence/PersistenceAdapter.cs", "src/Shop.Adapters.Http/Composition/CoreUseCases.cs", "src/Shop.Adapters.Http/Program.cs", "tests/Shop.Tests/Architecture/ArchitectureRules.cs"],
            result.Changed.Select(c => c.Path));
        Assert.Contains("+        services.AddScoped<IFindGiftCards, FindGiftCards>();", result.Diff, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("src/Shop.Core/GiftCards/Notes.md", "src/Shop.Core/GiftCards/")]
    [InlineData("src/Shop.Adapters.Http/GiftCards/GiftCardEndpoints.cs", "src/Shop.Adapters.Http/GiftCards/GiftCardEndpoints.cs")]
    public async Task AResourceThatExistsInTheCoreOrAnAdapter_IsRefused(string existing, string named)
    {
        _solution.Write(existing, "taken");
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ScaffoldingException>(() => AddAsync("gift-card", unique: []));

        Assert.Contains($"The resource GiftCard exists already: {named}", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task AModule_IsRefusedSayingThePatternHasNone()
    {
        var error = await Assert.ThrowsAsync<ScaffoldingException>(() =>
            _adder.AddAsync(new AddResourceRequest(_solution.Path, "gift-card", Fields, [], [], Owned: false, DryRun: true, Force: false, "Billing"), _ => { }, CancellationToken.None));

        Assert.Contains("--module Billing: the hexagonal pattern has no modules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_ForAnotherResource_LeavesNoSampleNameOrMarker()
    {
        var resource = Naming.Parse("order-line", "resource");
        var fields = ResourceField.ParseAll("quantity:int note:string? state:enum(open,closed) due:date", ["note"], ["quantity"]);
        var items = Path.Combine(RepositoryRoot.Find(), "templates", "items", "hexagonal", "resource");
        foreach (var owned in new[] { false, true })
        {
            var files = new ResourceTemplate("Shop", resource, fields, owned).RenderAll(items);

            Assert.Contains(files, f => f.Path == "src/Shop.Core/OrderLines/OrderLineState.cs");
            foreach (var (path, content) in files)
            {
                foreach (var leftover in new[] { "GiftCard", "giftCard", "gift card", "gift-card", "gift_card", "Skeleton", "<fields:", "#if RAMPART", "#endif" })
                {
                    Assert.False(content.Contains(leftover, StringComparison.Ordinal), $"{path} (owned: {owned}) still has '{leftover}'");
                }
            }

            var find = files.Single(f => f.Path.EndsWith("UseCases/FindOrderLines.cs", StringComparison.Ordinal)).Content;
            Assert.Equal(owned, find.Contains("caller.IsOwnerOrAdmin(orderLine.OwnerId)", StringComparison.Ordinal));
        }
    }

    private Task<AddResult> AddAsync(string name, IReadOnlyList<string> unique) =>
        _adder.AddAsync(new AddResourceRequest(_solution.Path, name, Fields, unique, ["amount"], Owned: false, DryRun: true, Force: false, null), _ => { }, CancellationToken.None);

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_solution.Path, "*", SearchOption.AllDirectories).ToDictionary(path => Path.GetRelativePath(_solution.Path, path), File.ReadAllText);
}
