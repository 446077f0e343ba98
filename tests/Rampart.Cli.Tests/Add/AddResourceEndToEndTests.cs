using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Testing;
using Rampart.Testing.Contracts;

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
    private static readonly TimeSpan BuildBound = TestProcess.SolutionBound;

    // The endpoints add endpoint puts into the resource's folder (its controllers' route) and a new area of version 2.
    private static readonly EndpointContract.Routes EndpointRoutes = new("/api/v1/gift-vouchers/{voucherId:guid}/redemptions", "/api/v2/reports/summary/{year:int}");
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NewThenAdd_BuildsTestsAuditsCleanAndServesTheNewResources()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--pattern", "standard", "--example", "none"));
        var solution = _cli.PathOf("Shop");
        await GitAsync(solution, "init", "-q");
        await ResourceLane.CommitAsync(solution, "generated");

        var added = await _cli.RunAsync("add", "resource", "gift-voucher", "--path", solution, "--fields", ResourceContract.EveryTypeFields, "--unique", "sku", "--positive", "price", "--owned");
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
        using var stranger = await SignedInAsync(http, port, register: true);
        using var admin = await SignedInAsync(http, port, register: false);
        await ResourceContract.DriveOwnedAsync(customer, stranger, admin, "/api/v1/gift-vouchers");
        await ResourceContract.DriveCrudAsync(admin, "/api/v1/tags", new Dictionary<string, object?> { ["name"] = "tag-" + Guid.NewGuid().ToString("N") }, new { rank = 7 }, "rank", "7");
        await EndpointContract.DriveAsync(http, customer, EndpointRoutes);
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
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
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
