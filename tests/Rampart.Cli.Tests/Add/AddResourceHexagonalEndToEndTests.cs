using System.Diagnostics;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing.Contracts;
using Xunit.Abstractions;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// <c>rampart new</c> (hexagonal skeleton) → <c>rampart add resource</c> (an owned resource with every field type, a
/// unique and a positive one) → the same add again (refused, nothing changed) → a second resource without text, enum
/// or unique fields → <c>rampart add endpoint</c> (<see cref="AddEndpointSteps"/>: a use case in the resource's area, a
/// version-2 one in a new area, the same add again refused) → the solution builds with warnings as errors, its own tests pass (old and new: the core's use-case
/// tests on fakes, the HTTP tests, the architecture tests), <c>rampart audit --severity info</c> finds nothing, and
/// served by <c>rampart dev</c> each resource answers its CRUD contract over HTTP, a non-owner gets 404, a taken unique
/// value 409, an admin sees every owner's, both endpoints answer, and <c>rampart dev</c> stops within 60 s of SIGINT. One generated solution
/// serves every step; the time it takes is in the test's output.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AddResourceHexagonalEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private const string Vouchers = "/api/v1/gift-vouchers";

    private static readonly EndpointContract.Routes EndpointRoutes = new("/api/v1/gift-vouchers/{voucherId:guid}/redemptions", "/api/v2/reports/summary/{year:int}");

    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenAddResource_BuildsTestsAuditsCleanAndServesTheFeature()
    {
        var clock = Stopwatch.StartNew();
        var solution = await ResourceLane.NewCommittedAsync(_cli, "hexagonal");

        var added = await _cli.RunAsync("add", "resource", "gift-voucher", "--path", solution, "--fields", ResourceContract.EveryTypeFields, "--unique", "sku", "--positive", "price", "--owned");
        Assert.True(added == ExitCodes.Success, _cli.Error + _cli.Output);
        Assert.Contains("src/Shop.Core/GiftVouchers/UseCases/ManageGiftVouchers.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Shop.Adapters.Persistence/GiftVouchers/GiftVoucherRepository.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Shop.Adapters.Http/GiftVouchers/GiftVoucherEndpoints.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Shop.Adapters.Http/Program.cs (maps MapGiftVoucherEndpoints() in the composition root)", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Shop.Adapters.Persistence/UnitOfWork.cs (maps GiftVoucherRecordConfiguration.SkuIndex to GiftVoucherErrors.SkuTaken", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Migration: AddGiftVouchers", _cli.Output, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(solution, "src", "Shop.Adapters.Persistence", "Migrations"), "*_AddGiftVouchers.cs"));
        await ResourceLane.CommitAsync(solution, "gift vouchers");

        await ResourceLane.SecondAddsAreRefusedAsync(_cli, solution, "hexagonal");

        // No text, enum or unique field, admin-written: the templates' optional usings and branches the other one skips.
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "resource", "counter", "--path", solution, "--fields", "rank:int", "--positive", "rank"));
        await AddEndpointSteps.AddAsync(_cli, solution, "gift-vouchers", "reports", EndpointRoutes);
        output.WriteLine($"new + 2 × add resource + 2 × add endpoint: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.BuildsAndPassesItsTestsAsync(
            solution, "GiftVouchersApiTests", "CountersApiTests", "GiftVoucherUseCaseTests", "CounterUseCaseTests", "ArchitectureTests", "GiftVouchers.RedeemVoucherTests", "Reports.GetYearSummaryTests");
        output.WriteLine($"+ build and test: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.AuditsCleanAsync(_cli, solution);
        output.WriteLine($"+ audit: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.ServeAsync(solution, DriveAsync);
        output.WriteLine($"+ served: {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static async Task DriveAsync(HttpClient http, int port)
    {
        using var customer = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
        using var stranger = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
        using var admin = await AddResourceEndToEndTests.SignedInAsync(http, port, register: false);
        await ResourceContract.DriveOwnedAsync(customer, stranger, admin, Vouchers);
        await ResourceContract.DriveCrudAsync(admin, "/api/v1/counters", new Dictionary<string, object?> { ["rank"] = 3 }, new { rank = 7 }, "rank", "7");
        await EndpointContract.DriveAsync(http, customer, EndpointRoutes);
    }
}
