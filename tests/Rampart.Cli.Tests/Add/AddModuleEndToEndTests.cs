using System.Diagnostics;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing;
using Rampart.Testing.Contracts;
using Xunit.Abstractions;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// <c>rampart new</c> (modular-monolith skeleton: the Identity module only) → <c>rampart add module</c> → the same add
/// again (refused, nothing changed) → <c>rampart add resource --module</c> twice into the new module (an owned one with
/// every field type, an admin-written one) → the same resource again and an unknown or missing module (refused,
/// nothing changed) → <c>rampart add endpoint</c> into the new module and a v2 read (<see cref="AddEndpointSteps"/>) →
/// the solution builds with warnings as errors, its own tests pass (the new module's migration test, the resources'
/// and endpoints' API tests and the architecture tests among them), <c>rampart audit --severity info</c> finds
/// nothing, and served by <c>rampart dev</c> the resources answer their CRUD contract and both endpoints theirs. The
/// Shop's side (a resource in a module the Shop made, next to its own entities) is grown in the Shop lane. One
/// generated solution serves every step; the time it takes is in the test's output.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AddModuleEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan BuildBound = TestProcess.SolutionBound;
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenAddModuleThenAddResources_BuildsTestsAndAuditsClean_AndTheSecondAddsAreRefused()
    {
        var clock = Stopwatch.StartNew();
        var solution = await ResourceLane.NewCommittedAsync(_cli, "modular-monolith");

        var added = await _cli.RunAsync("add", "module", "loyalty-program", "--path", solution);
        Assert.True(added == ExitCodes.Success, _cli.Error + _cli.Output);
        Assert.Contains("module 'loyalty-program' → project Shop.Modules.LoyaltyProgram, class LoyaltyProgramModule, schema loyalty_program", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Migration: Initial (LoyaltyProgramDbContext)", _cli.Output, StringComparison.Ordinal);
        var migrations = Path.Combine(solution, "src", "Modules", "LoyaltyProgram", "Shop.Modules.LoyaltyProgram", "Database", "Migrations");
        Assert.Single(Directory.EnumerateFiles(migrations, "*_Initial.cs"));
        Assert.True(File.Exists(Path.Combine(migrations, "LoyaltyProgramDbContextModelSnapshot.cs")));
        await ResourceLane.CommitAsync(solution, "loyalty program module");
        output.WriteLine($"new + add module: {clock.Elapsed.TotalSeconds:F0} s");

        var before = _cli.Snapshot();
        var again = await _cli.RunAsync("add", "module", "LoyaltyProgram", "--path", solution);
        Assert.Equal(ExitCodes.InvalidInput, again);
        Assert.Contains("The module LoyaltyProgram exists already", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());

        var resource = await _cli.RunAsync("add", "resource", "gift-voucher", "--module", "loyalty-program", "--path", solution, "--fields", ResourceContract.EveryTypeFields, "--unique", "sku", "--positive", "price", "--owned");
        Assert.True(resource == ExitCodes.Success, _cli.Error + _cli.Output);
        Assert.Contains("route /api/v1/gift-vouchers, table gift_vouchers, in module LoyaltyProgram", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("src/Modules/LoyaltyProgram/Shop.Modules.LoyaltyProgram/LoyaltyProgramModule.cs (maps /api/v1/gift-vouchers in LoyaltyProgramModule.MapEndpoints)", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Migration: AddGiftVouchers (LoyaltyProgramDbContext)", _cli.Output, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(migrations, "*_AddGiftVouchers.cs"));
        await ResourceLane.CommitAsync(solution, "gift vouchers");

        before = _cli.Snapshot();
        Assert.Equal(ExitCodes.InvalidInput, await _cli.RunAsync("add", "resource", "gift_voucher", "--module", "LoyaltyProgram", "--path", solution, "--fields", "title:string"));
        Assert.Contains("The resource GiftVoucher exists already", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, await _cli.RunAsync("add", "resource", "tag", "--module", "Shipping", "--path", solution, "--fields", "title:string"));
        Assert.Contains("There is no module Shipping", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("Identity, LoyaltyProgram", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, await _cli.RunAsync("add", "resource", "tag", "--path", solution, "--fields", "title:string"));
        Assert.Contains("--module is missing", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());

        // A second resource in the module: its context has configurations applied from the assembly already.
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "resource", "tag", "--module", "loyalty-program", "--path", solution, "--fields", "name:string rank:int?", "--unique", "name"));
        output.WriteLine($"+ 2 × add resource: {clock.Elapsed.TotalSeconds:F0} s");

        // The module's first group is the resource's /api/v1/gift-vouchers, and its first v2 group joins it.
        var routes = new EndpointContract.Routes("/api/v1/gift-vouchers/{voucherId:guid}/redemptions", "/api/v2/gift-vouchers/summary/{year:int}");
        await AddEndpointSteps.AddAsync(_cli, solution, "loyalty-program", "loyalty-program", routes);
        output.WriteLine($"+ 2 × add endpoint: {clock.Elapsed.TotalSeconds:F0} s");

        var build = await TestProcess.RunAsync("dotnet", ["build", "--nologo", "-v", "q", "-warnaserror"], solution, BuildBound);
        Assert.True(build.ExitCode == 0, build.Output);
        var test = await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo"], solution, BuildBound, new Dictionary<string, string> { ["SHOP_TEST_POSTGRES"] = TestEnvironment.PostgresConnectionString });
        Assert.True(test.ExitCode == 0, test.Output);
        var listed = (await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo", "--list-tests"], solution, BuildBound)).Output;
        Assert.Contains("LoyaltyProgramDatabaseTests.Migrate_FreshDatabase_CreatesTheSchemaWithItsOwnHistory", listed, StringComparison.Ordinal);
        Assert.Contains("Shop.Tests.LoyaltyProgram.GiftVouchers.GiftVouchersApiTests", listed, StringComparison.Ordinal);
        Assert.Contains("Shop.Tests.LoyaltyProgram.Tags.TagsApiTests", listed, StringComparison.Ordinal);
        Assert.Contains("ArchitectureTests.ModuleAssemblies_ExposeOnlyTheirModuleClassAndRequestBodies", listed, StringComparison.Ordinal);
        Assert.Contains("Shop.Tests.LoyaltyProgram.RedeemVoucherTests", listed, StringComparison.Ordinal);
        Assert.Contains("Shop.Tests.LoyaltyProgram.GetYearSummaryTests", listed, StringComparison.Ordinal);
        output.WriteLine($"+ build and test: {clock.Elapsed.TotalSeconds:F0} s");

        var audit = await _cli.RunAsync("audit", solution, "--severity", "info");
        Assert.True(audit == ExitCodes.Success, _cli.Output + _cli.Error);
        output.WriteLine($"+ audit: {clock.Elapsed.TotalSeconds:F0} s");

        await ResourceLane.ServeAsync(solution, async (http, port) =>
        {
            using var customer = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
            using var stranger = await AddResourceEndToEndTests.SignedInAsync(http, port, register: true);
            using var admin = await AddResourceEndToEndTests.SignedInAsync(http, port, register: false);
            await ResourceContract.DriveOwnedAsync(customer, stranger, admin, "/api/v1/gift-vouchers");
            await ResourceContract.DriveCrudAsync(admin, "/api/v1/tags", new Dictionary<string, object?> { ["name"] = "tag-" + Guid.NewGuid().ToString("N") }, new { rank = 7 }, "rank", "7");
            await EndpointContract.DriveAsync(http, customer, routes);
        });
        output.WriteLine($"+ served: {clock.Elapsed.TotalSeconds:F0} s");
    }
}
