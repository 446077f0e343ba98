using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;

namespace Rampart.Cli.Tests.Add;

public sealed class AddCommandTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Help_ListsTheFieldTypesAndExamples()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "resource", "--help"));

        Assert.Contains("string, int, long, decimal, bool, datetime, date, guid, enum(a,b,c)", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("rampart add resource order-line", _cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideASolution_ExitsWithInvalidInputAndWritesNothing()
    {
        var code = await _cli.RunAsync("add", "resource", "tag", "--fields", "name:string");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("is not inside a Rampart solution", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("fix:", _cli.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Snapshot());
    }

    [Fact]
    public async Task AnUnknownFieldType_IsNamedWithTheTypesThatExist()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "none"));
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("add", "resource", "tag", "--path", _cli.PathOf("Shop"), "--fields", "name:text");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("The field 'name:text' has the unknown type 'text'", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("enum(a,b,c)", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }

    [Fact]
    public async Task WithoutFields_IsAUsageError() =>
        Assert.Equal(ExitCodes.Usage, await _cli.RunAsync("add", "resource", "tag"));

    [Fact]
    public async Task DryRun_PrintsTheFilesAndTheDiffAndWritesNothing()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "none"));
        var before = _cli.Snapshot();

        var code = await _cli.RunAsync("add", "resource", "order_line", "--path", _cli.PathOf("Shop"), "--fields", "quantity:int", "--dry-run");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("'order_line' → type OrderLine, collection OrderLines, route /api/v1/order-lines, table order_lines", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("  src/Shop/OrderLines/OrderLinesController.cs", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("+builder.Services.AddOrderLines();", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("+        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written (--dry-run).", _cli.Output, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());
    }
}
