using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;

namespace Rampart.Cli.Tests.Add;

public sealed class AddEndpointCommandTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Help_SaysWhatItMakesAndGivesExamplesPerPattern()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "endpoint", "--help"));

        Assert.Contains("rampart add endpoint orders/place-order --method POST --route / --auth customer --idempotent", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("--version 2", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("{name:guid|int|long}", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("modular-monolith src/Modules/<Module>/", _cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHelp_ListsTheEndpointCommand()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "--help"));

        Assert.Contains("endpoint", _cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAMethod_IsAUsageError() =>
        Assert.Equal(ExitCodes.Usage, await _cli.RunAsync("add", "endpoint", "orders/place-order"));

    [Fact]
    public async Task DryRun_PrintsTheNormalisationAndTheFilesAndWritesNothing()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "none"));
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("add", "endpoint", "order-desk/place_order", "--method", "post", "--route", "{OrderId:GUID}/Lines/", "--path", _cli.PathOf("Shop"), "--dry-run");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("endpoint 'order-desk/place_order' → area OrderDesk, use case PlaceOrder, POST /api/v1/order-desk/{orderId:guid}/lines (customer)", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("  src/Shop/OrderDesk/PlaceOrderController.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("  tests/Shop.Tests/OrderDesk/PlaceOrderTests.cs", _cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("migration", _cli.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Nothing was written (--dry-run).", _cli.Output, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }

    [Theory]
    [InlineData("--route", "/orders?page=1", "has a query or fragment")]
    [InlineData("--auth", "root", "--auth 'root' is not a caller")]
    [InlineData("--version", "0", "--version 0 is not an API version")]
    public async Task BadInput_ExitsWithInvalidInputNamingTheProblemAndWritesNothing(string option, string value, string problem)
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "none"));
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("add", "endpoint", "orders/place-order", "--method", "POST", option, value, "--path", _cli.PathOf("Shop"));

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(problem, _cli.Error, StringComparison.Ordinal);
        Assert.Contains("fix:", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }
}
