using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;

namespace Rampart.Cli.Tests.Add;

public sealed class AddModuleCommandTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Help_SaysWhatAModuleIsAndGivesExamples()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "module", "--help"));

        Assert.Contains("own DbContext in its", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("rampart add module order-line --dry-run", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("--dry-run", _cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAName_IsAUsageError() =>
        Assert.Equal(ExitCodes.Usage, await _cli.RunAsync("add", "module"));

    [Fact]
    public async Task DryRunInTheShop_AppendsToItsModuleListAndWritesNothing()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith", "--example", "shop"));
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("add", "module", "billing", "--path", _cli.PathOf("Shop"), "--dry-run");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("module 'billing' → project Shop.Modules.Billing, class BillingModule, schema billing", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("  src/Modules/Billing/Shop.Modules.Billing/BillingModule.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("+IModule[] modules = [new IdentityModule(), new CatalogModule(), new OrdersModule(), new BillingModule()];", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Would make the migration Initial (BillingDbContext) with dotnet ef.", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written (--dry-run).", _cli.Output, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }

    [Fact]
    public async Task InTheShopAnExistingModule_IsRefusedAndNothingIsWritten()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "modular-monolith", "--example", "shop"));
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("add", "module", "catalog", "--path", _cli.PathOf("Shop"));

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("The module Catalog exists already: src/Modules/Catalog/.", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }

    [Fact]
    public async Task InAStandardService_IsRefusedSayingWhyAndWhatToUseInstead()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "none"));
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("add", "module", "billing", "--path", _cli.PathOf("Shop"));

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("The standard pattern has no modules", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("rampart add resource", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("--pattern modular-monolith", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }
}
