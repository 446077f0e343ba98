using System.Diagnostics;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing.Contracts;
using Xunit.Abstractions;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// <c>rampart new</c> (clean, with the Shop) → <c>rampart add resource</c> (an owned resource with every field type,
/// across Domain, Application, Infrastructure and Api) → the same add again (refused, nothing changed) → a second
/// resource without text, enum or unique fields → the solution builds with warnings as errors, its own tests pass (the
/// Shop's and the new ones, the architecture tests among them), <c>rampart audit --severity info</c> finds nothing, and
/// served by <c>rampart dev</c> both resources answer their CRUD contract over HTTP. One generated solution serves every
/// step; the time it takes is in the test's output.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AddResourceCleanEndToEndTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();
    private readonly ITestOutputHelper _output;

    public AddResourceCleanEndToEndTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewShopThenAddResource_BuildsTestsAuditsCleanAndServesTheResource()
    {
        var clock = Stopwatch.StartNew();
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "clean", "--example", "shop"));
        var solution = _cli.PathOf("Shop");
        await AddResourceEndToEndTests.GitAsync(solution, "init", "-q");
        await ResourceLane.CommitAsync(solution, "generated");

        var added = await _cli.RunAsync("add", "resource", "gift-voucher", "--path", solution, "--fields", ResourceContract.EveryTypeFields, "--unique", "sku", "--positive", "price", "--owned");
        Assert.True(added == ExitCodes.Success, _cli.Error + _cli.Output);
        foreach (var file in new[]
        {
            "src/Shop.Domain/GiftVouchers/GiftVoucher.cs",
            "src/Shop.Application/GiftVouchers/CreateGiftVoucher/CreateGiftVoucherHandler.cs",
            "src/Shop.Infrastructure/GiftVouchers/GiftVoucherRepository.cs",
            "src/Shop.Api/GiftVouchers/GiftVoucherEndpoints.cs",
            "src/Shop.Infrastructure/InfrastructureServiceCollectionExtensions.cs (registers GiftVoucherRepository and GiftVoucherQueries",
            "src/Shop.Infrastructure/Persistence/AppDbContext.cs (adds the set GiftVouchers to AppDbContext)",
            "src/Shop.Api/Program.cs (maps MapGiftVoucherEndpoints() in the composition root)",
            "Migration: AddGiftVouchers",
        })
        {
            Assert.Contains(file, _cli.Output, StringComparison.Ordinal);
        }

        Assert.Single(Directory.EnumerateFiles(Path.Combine(solution, "src", "Shop.Infrastructure", "Persistence", "Migrations"), "*_AddGiftVouchers.cs"));
        await ResourceLane.CommitAsync(solution, "gift vouchers");

        await ResourceLane.SecondAddsAreRefusedAsync(_cli, solution, "clean");

        // No text, enum or unique field, admin-written: the templates' optional usings and branches the other one skips.
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "resource", "counter", "--path", solution, "--fields", "rank:int", "--positive", "rank"));
        _output.WriteLine($"new + 2 × add resource: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.BuildsAndPassesItsTestsAsync(solution, "GiftVouchersApiTests", "GiftVoucherTests", "GiftVoucherRequestRulesTests", "CountersApiTests", "CounterTests", "CatalogWriteTests", "ArchitectureTests");

        _output.WriteLine($"+ build and test: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.AuditsCleanAsync(_cli, solution);
        _output.WriteLine($"+ audit: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.ServeAsync(solution, AddResourceVerticalSliceEndToEndTests.DriveAsync);
        _output.WriteLine($"+ served: {clock.Elapsed.TotalSeconds:F0} s");
    }
}
