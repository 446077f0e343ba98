using System.Diagnostics;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing.Contracts;
using Xunit.Abstractions;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// <c>rampart new</c> (clean skeleton) → <c>rampart add resource</c> (an owned resource with every field type, across
/// Domain, Application, Infrastructure and Api) → the same add again (refused, nothing changed) → a second resource
/// without text, enum or unique fields → <c>rampart add endpoint</c> (<see cref="AddEndpointSteps"/>: a use case in the
/// resource's area, a version-2 one in a new area, the same add again refused) → the solution builds with warnings as
/// errors, its own tests pass (old and new, the architecture tests among them), <c>rampart audit --severity info</c>
/// finds nothing, and served by <c>rampart dev</c> both resources answer their CRUD contract and both endpoints answer
/// over HTTP. One generated solution serves every step; the time it takes is in the test's output.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AddResourceCleanEndToEndTests : IDisposable
{
    private static readonly EndpointContract.Routes EndpointRoutes = new("/api/v1/gift-vouchers/{voucherId:guid}/redemptions", "/api/v2/reports/summary/{year:int}");

    private readonly ScaffoldCliRun _cli = new();
    private readonly ITestOutputHelper _output;

    public AddResourceCleanEndToEndTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenAddResourceAndEndpoints_BuildsTestsAuditsCleanAndServesThem()
    {
        var clock = Stopwatch.StartNew();
        var solution = await ResourceLane.NewCommittedAsync(_cli, "clean");

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
        await AddEndpointSteps.AddAsync(_cli, solution, "gift-vouchers", "reports", EndpointRoutes);
        _output.WriteLine($"new + 2 × add resource + 2 × add endpoint: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.BuildsAndPassesItsTestsAsync(
            solution, "GiftVouchersApiTests", "GiftVoucherTests", "GiftVoucherRequestRulesTests", "CountersApiTests", "CounterTests", "ArchitectureTests", "GiftVouchers.RedeemVoucherTests", "Reports.GetYearSummaryTests");

        _output.WriteLine($"+ build and test: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.AuditsCleanAsync(_cli, solution);
        _output.WriteLine($"+ audit: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.ServeAsync(solution, async (http, port) =>
        {
            await AddResourceVerticalSliceEndToEndTests.DriveAsync(http, port);
            using var customer = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
            await EndpointContract.DriveAsync(http, customer, EndpointRoutes);
        });
        _output.WriteLine($"+ served: {clock.Elapsed.TotalSeconds:F0} s");
    }
}
