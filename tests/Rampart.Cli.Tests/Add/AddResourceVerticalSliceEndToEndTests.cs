using System.Diagnostics;
using System.Globalization;
using System.Net;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing;
using Xunit.Abstractions;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// <c>rampart new</c> (vertical-slice skeleton) → <c>rampart add resource</c> (an owned resource with every field type)
/// → the same add again (refused, nothing changed) → a second resource without text, enum or unique fields →
/// <c>rampart add endpoint</c> twice (see <see cref="AddEndpointSteps"/>) → the solution builds with warnings as errors, its own tests pass (old and new, the architecture tests among them),
/// <c>rampart audit --severity info</c> finds nothing, and served by <c>rampart dev</c> the feature answers its CRUD
/// contract over HTTP. One generated solution serves every step; the time it takes is in the test's output.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AddResourceVerticalSliceEndToEndTests : IDisposable
{
    private const string EveryType =
        "title:string sku:string? price:decimal stock:int views:long active:bool startsAt:datetime releasedOn:date? referenceId:guid status:enum(draft,active,archived)";

    private static readonly TimeSpan BuildBound = TestProcess.SolutionBound;

    // The feature's slice on its unversioned v1 group, and a new feature with a versioned v2 group.
    private static readonly AddEndpointSteps.Routes EndpointRoutes = new("/api/v1/gift-vouchers/{voucherId:guid}/redemptions", "/api/v2/reports/summary/{year:int}");
    private readonly ScaffoldCliRun _cli = new();
    private readonly ITestOutputHelper _output;

    public AddResourceVerticalSliceEndToEndTests(ITestOutputHelper output)
    {
        _output = output;

        // rampart dev runs PostgreSQL as the postgres user when the tests run as root: it must reach the solution folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_cli.WorkingDirectory, (UnixFileMode)0b111_101_101);
        }
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenAddResource_BuildsTestsAuditsCleanAndServesTheFeature()
    {
        var clock = Stopwatch.StartNew();
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "vertical-slice", "--example", "none"));
        var solution = _cli.PathOf("Shop");
        await AddResourceEndToEndTests.GitAsync(solution, "init", "-q");
        await CommitAsync(solution, "generated");

        var added = await _cli.RunAsync("add", "resource", "gift-voucher", "--path", solution, "--fields", EveryType, "--unique", "sku", "--positive", "price", "--owned");
        Assert.True(added == ExitCodes.Success, _cli.Error + _cli.Output);
        Assert.Contains("src/Shop/Features/GiftVouchers/CreateGiftVoucher/CreateGiftVoucherEndpoint.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Shop/Program.cs (maps MapGiftVouchers() in the composition root)", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Migration: AddGiftVouchers", _cli.Output, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(solution, "src", "Shop", "Shared", "Database", "Migrations"), "*_AddGiftVouchers.cs"));
        await CommitAsync(solution, "gift vouchers");

        var before = _cli.Snapshot();
        var again = await _cli.RunAsync("add", "resource", "GiftVoucher", "--path", solution, "--fields", "title:string");
        Assert.Equal(ExitCodes.InvalidInput, again);
        Assert.Contains("The resource GiftVoucher exists already", _cli.Error, StringComparison.Ordinal);
        var module = await _cli.RunAsync("add", "resource", "tag", "--path", solution, "--fields", "title:string", "--module", "Catalog");
        Assert.Equal(ExitCodes.InvalidInput, module);
        Assert.Contains("the vertical-slice pattern has no modules", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());

        // No text, enum or unique field, admin-written: the templates' optional usings and branches the other one skips.
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "resource", "counter", "--path", solution, "--fields", "rank:int", "--positive", "rank"));
        await AddEndpointSteps.AddAsync(_cli, solution, "gift-vouchers", "reports", EndpointRoutes);
        _output.WriteLine($"new + 2 × add resource + 2 × add endpoint: {clock.Elapsed.TotalSeconds:F0} s");

        var build = await TestProcess.RunAsync("dotnet", ["build", "--nologo", "-v", "q", "-warnaserror"], solution, BuildBound);
        Assert.True(build.ExitCode == 0, build.Output);
        var test = await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo"], solution, BuildBound, new Dictionary<string, string> { ["SHOP_TEST_POSTGRES"] = TestEnvironment.PostgresConnectionString });
        Assert.True(test.ExitCode == 0, test.Output);
        var listed = await AddResourceEndToEndTests.ListTestsAsync(solution);
        Assert.Contains("GiftVouchersApiTests", listed, StringComparison.Ordinal);
        Assert.Contains("CountersApiTests", listed, StringComparison.Ordinal);
        Assert.Contains("ArchitectureTests", listed, StringComparison.Ordinal);
        Assert.Contains("GiftVouchers.RedeemVoucherTests", listed, StringComparison.Ordinal);
        Assert.Contains("Reports.GetYearSummaryTests", listed, StringComparison.Ordinal);
        _output.WriteLine($"+ build and test: {clock.Elapsed.TotalSeconds:F0} s");

        var audit = await _cli.RunAsync("audit", solution, "--severity", "info");
        Assert.True(audit == ExitCodes.Success, _cli.Output + _cli.Error);
        _output.WriteLine($"+ audit: {clock.Elapsed.TotalSeconds:F0} s");

        await ServeAndDriveAsync(solution);
        _output.WriteLine($"+ served: {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static async Task ServeAndDriveAsync(string solution)
    {
        var port = AddResourceEndToEndTests.FreePort();
        var rampart = Path.Combine(AppContext.BaseDirectory, "rampart.dll");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["NO_COLOR"] = "1", ["RAMPART_DEV_PG_BINDIR"] = TestEnvironment.PostgresBinDirectory };
        using var dev = TestProcess.Start("dotnet", [rampart, "dev", solution, "--port", port.ToString(CultureInfo.InvariantCulture)], environment: environment);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await ScaffoldWait.UntilAsync(() => AddResourceEndToEndTests.IsReadyAsync(http), "/health/ready answers 200", BuildBound, () => dev.Output);

            using var customer = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
            await AddResourceEndToEndTests.DriveCrudAsync(customer, "/api/v1/gift-vouchers", AddResourceEndToEndTests.ValidVoucher(), new { title = "changed" }, "title", "changed");
            using var stranger = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
            var id = await AddResourceEndToEndTests.CreateAsync(customer, "/api/v1/gift-vouchers", AddResourceEndToEndTests.ValidVoucher());
            using (var hidden = await stranger.GetAsync(new Uri($"/api/v1/gift-vouchers/{id}", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            }

            using var admin = await AddResourceEndToEndTests.SignedInAsync(http, port, register: false);
            await AddResourceEndToEndTests.DriveCrudAsync(admin, "/api/v1/counters", new Dictionary<string, object?> { ["rank"] = 3 }, new { rank = 7 }, "rank", "7");
            await AddEndpointSteps.DriveAsync(http, customer, EndpointRoutes);
        }
        finally
        {
            await TestProcess.RunAsync("kill", ["-INT", dev.Process.Id.ToString(CultureInfo.InvariantCulture)], solution, TimeSpan.FromSeconds(10));
            await ScaffoldWait.UntilAsync(() => Task.FromResult(dev.Process.HasExited), "rampart dev exits after SIGINT", TimeSpan.FromSeconds(60), () => dev.Output);
        }
    }

    private static async Task CommitAsync(string solution, string message)
    {
        await AddResourceEndToEndTests.GitAsync(solution, "add", "-A");
        await AddResourceEndToEndTests.GitAsync(solution, "-c", "user.email=dev@shop.test", "-c", "user.name=dev", "commit", "-qm", message);
    }
}
