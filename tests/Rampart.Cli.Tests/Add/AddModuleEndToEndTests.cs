using System.Diagnostics;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing;
using Xunit.Abstractions;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// <c>rampart new</c> (modular-monolith skeleton) → <c>rampart add module</c> → the same add again (refused, nothing
/// changed) → the solution builds with warnings as errors, its own tests pass (the new module's migration test and the
/// architecture tests among them), and <c>rampart audit --severity info</c> finds nothing. One generated solution serves
/// every step; the time it takes is in the test's output.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AddModuleEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan BuildBound = TestProcess.SolutionBound;
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenAddModule_BuildsTestsAndAuditsClean_AndTheSecondAddIsRefused()
    {
        var clock = Stopwatch.StartNew();
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith", "--example", "none"));
        var solution = _cli.PathOf("Shop");
        await GitAsync(solution, "init", "-q");
        await GitAsync(solution, "add", "-A");
        await GitAsync(solution, "-c", "user.email=dev@shop.test", "-c", "user.name=dev", "commit", "-qm", "generated");

        var added = await _cli.RunAsync("add", "module", "order-line", "--path", solution);
        Assert.True(added == ExitCodes.Success, _cli.Error + _cli.Output);
        Assert.Contains("module 'order-line' → project Shop.Modules.OrderLine, class OrderLineModule, schema order_line", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Migration: Initial (OrderLineDbContext)", _cli.Output, StringComparison.Ordinal);
        var migrations = Path.Combine(solution, "src", "Modules", "OrderLine", "Shop.Modules.OrderLine", "Database", "Migrations");
        Assert.Single(Directory.EnumerateFiles(migrations, "*_Initial.cs"));
        Assert.True(File.Exists(Path.Combine(migrations, "OrderLineDbContextModelSnapshot.cs")));
        await GitAsync(solution, "add", "-A");
        await GitAsync(solution, "-c", "user.email=dev@shop.test", "-c", "user.name=dev", "commit", "-qm", "order line module");
        output.WriteLine($"new + add module: {clock.Elapsed.TotalSeconds:F0} s");

        var before = _cli.Snapshot();
        var again = await _cli.RunAsync("add", "module", "OrderLine", "--path", solution);
        Assert.Equal(ExitCodes.InvalidInput, again);
        Assert.Contains("The module OrderLine exists already", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());

        var build = await TestProcess.RunAsync("dotnet", ["build", "--nologo", "-v", "q", "-warnaserror"], solution, BuildBound);
        Assert.True(build.ExitCode == 0, build.Output);
        var test = await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo"], solution, BuildBound, new Dictionary<string, string> { ["SHOP_TEST_POSTGRES"] = TestEnvironment.PostgresConnectionString });
        Assert.True(test.ExitCode == 0, test.Output);
        var listed = (await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo", "--list-tests"], solution, BuildBound)).Output;
        Assert.Contains("OrderLineDatabaseTests.Migrate_FreshDatabase_CreatesTheSchemaWithItsOwnHistory", listed, StringComparison.Ordinal);
        Assert.Contains("ArchitectureTests.ModuleAssemblies_ExposeOnlyTheirModuleClassAndRequestBodies", listed, StringComparison.Ordinal);
        output.WriteLine($"+ build and test: {clock.Elapsed.TotalSeconds:F0} s");

        var audit = await _cli.RunAsync("audit", solution, "--severity", "info");
        Assert.True(audit == ExitCodes.Success, _cli.Output + _cli.Error);
        output.WriteLine($"+ audit: {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static async Task GitAsync(string directory, params string[] arguments)
    {
        var result = await TestProcess.RunAsync("git", arguments, directory, TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
