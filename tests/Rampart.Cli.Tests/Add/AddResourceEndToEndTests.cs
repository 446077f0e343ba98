using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Add;

/// <summary>
/// <c>rampart new</c> (standard skeleton) → <c>rampart add resource</c> twice (an owned resource with every field type,
/// then an admin-written one) → the same add again (refused, nothing changed) → <c>rampart add endpoint</c> twice (see
/// <see cref="AddEndpointSteps"/>) → the solution builds with warnings as
/// errors, its own tests pass (old and new), <c>rampart audit --severity info</c> finds nothing, and served by
/// <c>rampart dev</c> the new resources answer their CRUD contract over HTTP.
/// </summary>
[Collection(ScaffoldEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AddResourceEndToEndTests : IDisposable
{
    private const string EveryType =
        "title:string sku:string? price:decimal stock:int views:long active:bool startsAt:datetime releasedOn:date? referenceId:guid status:enum(draft,active,archived)";

    private static readonly TimeSpan BuildBound = TestProcess.SolutionBound;

    // The endpoints add endpoint puts into the resource's folder (its controllers' route) and a new area of version 2.
    private static readonly AddEndpointSteps.Routes EndpointRoutes = new("/api/v1/gift-vouchers/{voucherId:guid}/redemptions", "/api/v2/reports/summary/{year:int}");
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenAdd_BuildsTestsAuditsCleanAndServesTheNewResources()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "none"));
        var solution = _cli.PathOf("Shop");
        await GitAsync(solution, "init", "-q");
        await ResourceLane.CommitAsync(solution, "generated");

        var added = await _cli.RunAsync("add", "resource", "gift-voucher", "--path", solution, "--fields", EveryType, "--unique", "sku", "--positive", "price", "--owned");
        Assert.True(added == ExitCodes.Success, _cli.Error + _cli.Output);
        Assert.Contains("resource 'gift-voucher' → type GiftVoucher, collection GiftVouchers, route /api/v1/gift-vouchers, table gift_vouchers", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("Migration: AddGiftVouchers", _cli.Output, StringComparison.Ordinal);
        await ResourceLane.CommitAsync(solution, "gift vouchers");

        var before = _cli.Snapshot();
        var again = await _cli.RunAsync("add", "resource", "gift_voucher", "--path", solution, "--fields", "title:string");
        Assert.Equal(ExitCodes.InvalidInput, again);
        Assert.Contains("The resource GiftVoucher exists already", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Snapshot());

        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("add", "resource", "tag", "--path", solution, "--fields", "name:string rank:int?", "--unique", "name"));
        await AddEndpointSteps.AddAsync(_cli, solution, "gift-vouchers", "reports", EndpointRoutes);

        var build = await TestProcess.RunAsync("dotnet", ["build", "--nologo", "-v", "q", "-warnaserror"], solution, BuildBound);
        Assert.True(build.ExitCode == 0, build.Output);
        var test = await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo"], solution, BuildBound, new Dictionary<string, string> { ["SHOP_TEST_POSTGRES"] = TestEnvironment.PostgresConnectionString });
        Assert.True(test.ExitCode == 0, test.Output);
        var listed = await ListTestsAsync(solution);
        Assert.Contains("GiftVouchersApiTests", listed, StringComparison.Ordinal);
        Assert.Contains("GiftVouchers.RedeemVoucherTests.RedeemVoucher_SameIdempotencyKeyTwice_ReplaysTheFirstAnswer", listed, StringComparison.Ordinal);
        Assert.Contains("Reports.GetYearSummaryTests", listed, StringComparison.Ordinal);

        var audit = await _cli.RunAsync("audit", solution, "--severity", "info");
        Assert.True(audit == ExitCodes.Success, _cli.Output + _cli.Error);

        await ResourceLane.ServeAsync(solution, DriveAsync);
    }

    private static async Task DriveAsync(HttpClient http, int port)
    {
        using var customer = await SignedInAsync(http, port, register: true);
        await DriveCrudAsync(customer, "/api/v1/gift-vouchers", ValidVoucher(), new { title = "changed" }, "title", "changed");
        using var stranger = await SignedInAsync(http, port, register: true);
        var id = await CreateAsync(customer, "/api/v1/gift-vouchers", ValidVoucher());
        using (var hidden = await stranger.GetAsync(new Uri($"/api/v1/gift-vouchers/{id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using var admin = await SignedInAsync(http, port, register: false);
        await DriveCrudAsync(admin, "/api/v1/tags", new Dictionary<string, object?> { ["name"] = "tag-" + Guid.NewGuid().ToString("N") }, new { rank = 7 }, "rank", "7");
        await AddEndpointSteps.DriveAsync(http, customer, EndpointRoutes);
    }

    // The resource contract: create (201, Location, ETag "1"), get (ETag), list with a cursor, PATCH without If-Match
    // 428, with a stale one 412, with the current one 200 and ETag "2", an unknown field 400, delete 204, then 404.
    // Shared with the other patterns' end-to-end tests.
    internal static async Task DriveCrudAsync(HttpClient client, string route, Dictionary<string, object?> body, object patch, string patchedField, string patchedValue)
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var created = await client.PostAsJsonAsync(new Uri(route, UriKind.Relative), Fresh(body));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await JsonAsync(created)).GetProperty("data").GetProperty("id").GetString()!;
            Assert.Equal($"{route}/{id}", created.Headers.Location?.OriginalString);
            Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
            ids.Add(id);
        }

        using (var read = await client.GetAsync(new Uri($"{route}/{ids[0]}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        }

        using (var first = await client.GetAsync(new Uri($"{route}?limit=2", UriKind.Relative)))
        {
            var page = await JsonAsync(first);
            Assert.Equal(2, page.GetProperty("data").GetArrayLength());
            var cursor = page.GetProperty("meta").GetProperty("nextCursor").GetString();
            Assert.False(string.IsNullOrEmpty(cursor));
            using var second = await client.GetAsync(new Uri($"{route}?limit=2&cursor={Uri.EscapeDataString(cursor!)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            var secondIds = (await JsonAsync(second)).GetProperty("data").EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();
            Assert.DoesNotContain(page.GetProperty("data")[0].GetProperty("id").GetString(), secondIds);
        }

        var target = $"{route}/{ids[0]}";
        using (var noIfMatch = await SendAsync(client, HttpMethod.Patch, target, patch, null))
        {
            Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        }

        using (var stale = await SendAsync(client, HttpMethod.Patch, target, patch, "\"9\""))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        }

        using (var patched = await SendAsync(client, HttpMethod.Patch, target, patch, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            Assert.Equal("\"2\"", patched.Headers.ETag?.Tag);
            Assert.Equal(patchedValue, (await JsonAsync(patched)).GetProperty("data").GetProperty(patchedField).ToString());
        }

        using (var unknown = await SendAsync(client, HttpMethod.Patch, target, new { notAField = 1 }, "\"2\""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        }

        using (var deleted = await client.DeleteAsync(new Uri(target, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await client.GetAsync(new Uri(target, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    internal static Dictionary<string, object?> ValidVoucher() => new()
    {
        ["title"] = "Winter voucher",
        ["sku"] = "V-" + Guid.NewGuid().ToString("N"),
        ["price"] = 25.5m,
        ["stock"] = 3,
        ["views"] = 10_000_000_000L,
        ["active"] = true,
        ["startsAt"] = "2030-01-02T03:04:05+00:00",
        ["releasedOn"] = "2030-01-02",
        ["referenceId"] = Guid.NewGuid(),
        ["status"] = "active",
    };

    // A copy with the unique fields made unique again.
    private static Dictionary<string, object?> Fresh(Dictionary<string, object?> body)
    {
        var copy = new Dictionary<string, object?>(body);
        foreach (var key in new[] { "sku", "name" }.Where(copy.ContainsKey))
        {
            copy[key] = key + "-" + Guid.NewGuid().ToString("N");
        }

        return copy;
    }

    internal static async Task<string> CreateAsync(HttpClient client, string route, Dictionary<string, object?> body)
    {
        using var created = await client.PostAsJsonAsync(new Uri(route, UriKind.Relative), Fresh(body));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await JsonAsync(created)).GetProperty("data").GetProperty("id").GetString()!;
    }

    internal static async Task<HttpClient> SignedInAsync(HttpClient anonymous, int port, bool register)
    {
        var (email, password) = register ? ($"customer-{Guid.NewGuid():N}@shop.test", "Customer-password-42!") : ("admin@example.com", "Development-only-passphrase-1");
        if (register)
        {
            using var registered = await anonymous.PostAsJsonAsync(new Uri("/api/v1/auth/register", UriKind.Relative), new { email, password });
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        }

        using var login = await anonymous.PostAsJsonAsync(new Uri("/api/v1/auth/token", UriKind.Relative), new { email, password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        var token = (await JsonAsync(login)).GetProperty("data").GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    internal static async Task<bool> IsReadyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    internal static async Task<string> ListTestsAsync(string solution) =>
        (await TestProcess.RunAsync("dotnet", ["test", "--no-build", "--nologo", "--list-tests"], solution, BuildBound)).Output;

    internal static async Task GitAsync(string directory, params string[] arguments)
    {
        var result = await TestProcess.RunAsync("git", arguments, directory, TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, result.Output);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
