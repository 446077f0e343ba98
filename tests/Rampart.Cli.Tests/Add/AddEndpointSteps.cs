using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing.Contracts;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// The <c>rampart add endpoint</c> step of the add end-to-end tests, which carry it before their build (so its
/// generated tests run with the solution's, and its audit with theirs): a customer's idempotent POST with a body and a
/// route parameter in an existing area, a version-2 anonymous GET, the same add again refused with the tree unchanged;
/// then, served by <c>rampart dev</c>, both answer over HTTP with their failure modes (<see cref="EndpointContract"/>).
/// </summary>
internal static class AddEndpointSteps
{
    /// <summary>
    /// Adds <c>&lt;area&gt;/redeem-voucher</c> (POST <c>/{voucherId:guid}/redemptions</c>) and
    /// <c>&lt;v2Area&gt;/get-year-summary</c> (GET <c>/summary/{year:int}</c>, version 2); <paramref name="routes"/> says
    /// where they must land (the area's group decides the prefix).
    /// </summary>
    public static async Task AddAsync(ScaffoldCliRun cli, string solution, string area, string? v2Area, EndpointContract.Routes routes)
    {
        await ResourceLane.CommitAsync(solution, "before add endpoint");
        var post = await cli.RunAsync("add", "endpoint", $"{area}/redeem-voucher", "--method", "POST", "--route", "/{voucherId:guid}/redemptions", "--auth", "customer", "--idempotent", "--path", solution);
        Assert.True(post == ExitCodes.Success, cli.Error + cli.Output);
        Assert.Contains($"use case RedeemVoucher, POST {routes.Post} (customer, Idempotency-Key required)", cli.Output, StringComparison.Ordinal);
        await ResourceLane.CommitAsync(solution, "redeem voucher");

        var before = cli.Snapshot();
        var again = await cli.RunAsync("add", "endpoint", $"{area}/RedeemVoucher", "--method", "POST", "--route", "/{voucherId:guid}/redemptions", "--path", solution);
        Assert.Equal(ExitCodes.InvalidInput, again);
        Assert.Contains("RedeemVoucher exists already", cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, cli.Snapshot());

        if (v2Area is null || routes.Get is null)
        {
            return;
        }

        var get = await cli.RunAsync("add", "endpoint", $"{v2Area}/get-year-summary", "--method", "GET", "--route", "/summary/{year:int}", "--auth", "anonymous", "--version", "2", "--path", solution);
        Assert.True(get == ExitCodes.Success, cli.Error + cli.Output);
        Assert.Contains($"use case GetYearSummary, GET {routes.Get} (anonymous)", cli.Output, StringComparison.Ordinal);
        await ResourceLane.CommitAsync(solution, "year summary");
    }
}
