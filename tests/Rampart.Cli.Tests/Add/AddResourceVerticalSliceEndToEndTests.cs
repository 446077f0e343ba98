using System.Diagnostics;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing.Contracts;
using Xunit.Abstractions;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// <c>rampart new</c> (vertical-slice skeleton) → <c>rampart add resource</c> (an owned resource with every field type)
/// → the same add again (refused, nothing changed) → a second resource without text, enum or unique fields → the
/// solution builds with warnings as errors, its own tests pass (old and new, the architecture tests among them),
/// <c>rampart audit --severity info</c> finds nothing, and served by <c>rampart dev</c> the feature answers its CRUD
/// contract over HTTP; two endpoints added by <c>rampart add endpoint</c> (one in the feature, one v2 in a new feature)
/// ride along: their tests are among the solution's and they answer over HTTP. One generated solution serves every step; the time it takes is in the test's output.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AddResourceVerticalSliceEndToEndTests(ITestOutputHelper output) : IDisposable
{
    // The feature's slice on its unversioned v1 group, and a new feature with a versioned v2 group.
    private static readonly EndpointContract.Routes EndpointRoutes = new("/api/v1/gift-vouchers/{voucherId:guid}/redemptions", "/api/v2/reports/summary/{year:int}");

    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenAddResource_BuildsTestsAuditsCleanAndServesTheFeature()
    {
        var clock = Stopwatch.StartNew();
        var solution = await ResourceLane.NewCommittedAsync(_cli, "vertical-slice");

        var added = await _cli.RunAsync("add", "resource", "gift-voucher", "--path", solution, "--fields", ResourceContract.EveryTypeFields, "--unique", "sku", "--positive", "price", "--owned");
        Assert.True(added == ExitCodes.Success, _cli.Error + _cli.Output);
        Assert.Contains("src/Shop/Features/GiftVouchers/CreateGiftVoucher/CreateGiftVoucherEndpoint.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Shop/Program.cs (maps MapGiftVouchers() in the composition root)", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Migration: AddGiftVouchers", _cli.Output, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(solution, "src", "Shop", "Shared", "Database", "Migrations"), "*_AddGiftVouchers.cs"));
        await ResourceLane.CommitAsync(solution, "gift vouchers");

        await ResourceLane.SecondAddsAreRefusedAsync(_cli, solution, "vertical-slice");

        // No text, enum or unique field, admin-written: the templates' optional usings and branches the other one skips.
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "resource", "counter", "--path", solution, "--fields", "rank:int", "--positive", "rank"));
        await AddEndpointSteps.AddAsync(_cli, solution, "gift-vouchers", "reports", EndpointRoutes);
        output.WriteLine($"new + 2 × add resource + 2 × add endpoint: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.BuildsAndPassesItsTestsAsync(solution, "GiftVouchersApiTests", "CountersApiTests", "ArchitectureTests", "GiftVouchers.RedeemVoucherTests", "Reports.GetYearSummaryTests");
        output.WriteLine($"+ build and test: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.AuditsCleanAsync(_cli, solution);
        output.WriteLine($"+ audit: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.ServeAsync(solution, async (http, port) =>
        {
            await DriveAsync(http, port);
            using var customer = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
            await EndpointContract.DriveAsync(http, customer, EndpointRoutes);
        });
        output.WriteLine($"+ served: {clock.Elapsed.TotalSeconds:F0} s");
    }

    internal static async Task DriveAsync(HttpClient http, int port)
    {
        using var customer = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
        using var stranger = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
        using var admin = await AddResourceEndToEndTests.SignedInAsync(http, port, register: false);
        await ResourceContract.DriveOwnedAsync(customer, stranger, admin, "/api/v1/gift-vouchers");
        await ResourceContract.DriveCrudAsync(admin, "/api/v1/counters", new Dictionary<string, object?> { ["rank"] = 3 }, new { rank = 7 }, "rank", "7");
    }
}
