using System.Net;
using System.Text;
using System.Text.Json;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// The <c>rampart add endpoint</c> step of the add end-to-end tests, which carry it before their build (so its
/// generated tests run with the solution's, and its audit with theirs): a customer's idempotent POST with a body and a
/// route parameter in an existing area, a version-2 anonymous GET, the same add again refused with the tree unchanged;
/// then, served by <c>rampart dev</c>, both answer over HTTP with their failure modes.
/// </summary>
internal static class AddEndpointSteps
{
    private static readonly Guid Voucher = Guid.Parse("01938a7e-0c5d-7a4b-9f3e-5b6c7d8e9f10");

    /// <summary>The routes the step's endpoints answer at; no <paramref name="Get"/>: no version-2 endpoint.</summary>
    internal sealed record Routes(string Post, string? Get);

    /// <summary>
    /// Adds <c>&lt;area&gt;/redeem-voucher</c> (POST <c>/{voucherId:guid}/redemptions</c>) and
    /// <c>&lt;v2Area&gt;/get-year-summary</c> (GET <c>/summary/{year:int}</c>, version 2); <paramref name="routes"/> says
    /// where they must land (the area's group decides the prefix).
    /// </summary>
    public static async Task AddAsync(ScaffoldCliRun cli, string solution, string area, string? v2Area, Routes routes)
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

    /// <summary>Both endpoints over HTTP: the POST's answer, replay, missing key, invalid body and missing token; the v2 GET and its document.</summary>
    public static async Task DriveAsync(HttpClient anonymous, HttpClient customer, Routes routes)
    {
        var post = routes.Post.Replace("{voucherId:guid}", Voucher.ToString(), StringComparison.Ordinal);
        var key = Guid.NewGuid().ToString();
        using (var first = await SendAsync(customer, post, """{"name":"winter"}""", key))
        using (var replay = await SendAsync(customer, post, """{"name":"winter"}""", key))
        {
            var body = await first.Content.ReadAsStringAsync();
            Assert.True(first.StatusCode == HttpStatusCode.OK, body);
            var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
            Assert.Equal(Voucher.ToString(), data.GetProperty("voucherId").GetString());
            Assert.Equal("winter", data.GetProperty("name").GetString());
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.Equal("true", replay.Headers.TryGetValues("Idempotent-Replayed", out var replayed) ? string.Join(",", replayed) : null);
            Assert.Equal(body, await replay.Content.ReadAsStringAsync());
        }

        using (var noKey = await SendAsync(customer, post, """{"name":"winter"}""", key: null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
            Assert.Equal("application/problem+json", noKey.Content.Headers.ContentType?.MediaType);
        }

        using (var invalid = await SendAsync(customer, post, "{}", Guid.NewGuid().ToString()))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Contains("\"name\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var unsigned = await SendAsync(anonymous, post, """{"name":"winter"}""", Guid.NewGuid().ToString()))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        }

        if (routes.Get is null)
        {
            return;
        }

        using (var summary = await anonymous.GetAsync(new Uri(routes.Get.Replace("{year:int}", "2026", StringComparison.Ordinal), UriKind.Relative)))
        {
            var body = await summary.Content.ReadAsStringAsync();
            Assert.True(summary.StatusCode == HttpStatusCode.OK, body);
            Assert.Equal(2026, JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("year").GetInt32());
        }

        using var document = await anonymous.GetAsync(new Uri("/openapi/v2.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains(routes.Get.Replace("{year:int}", "{year}", StringComparison.Ordinal), await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string json, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }
}
