using System.Net.Http.Headers;
using Rampart.Testing;
using Rampart.Testing.Contracts;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// What the lane grows every Shop by with <c>rampart add</c>, before its one build, so that the grown Shop is what is
/// built, tested (its own tests, old and new), audited, served and driven: the Shop's whole contract must still hold
/// beside the added code, and the added code answers its own contract (<see cref="ResourceContract"/>,
/// <see cref="EndpointContract"/>). The skeletons of every pattern are grown the same way by the add end-to-end tests
/// of the CLI; this is the Shop side: a module beside the Shop's (modular-monolith), an owned resource with every field
/// type, a resource in a module or area the Shop already has (its entities and migrations beside the new ones), an
/// idempotent customer endpoint joining the new resource's group and a version-2 read joining the products' v2 group.
/// </summary>
internal static class ShopGrowth
{
    private const string OwnedRoute = "/api/v1/gift-vouchers";
    private const string TagRoute = "/api/v1/tags";

    /// <summary>Where the two use cases land: beside the gift vouchers, and in the products' version-2 group.</summary>
    public static readonly EndpointContract.Routes Routes = new($"{OwnedRoute}/{{voucherId:guid}}/redemptions", "/api/v2/products/summary/{year:int}");

    /// <summary>Runs the adds in <paramref name="solution"/> (a fresh git repository, each add committed, as a user works).</summary>
    public static async Task GrowAsync(string solution, string pattern)
    {
        await GitAsync(solution, "init", "-q");
        await CommitAsync(solution, "generated");
        var modular = pattern == "modular-monolith";
        if (modular)
        {
            await AddAsync(solution, "module", "loyalty-program");
        }

        string[] into = modular ? ["--module", "loyalty-program"] : [];
        string[] beside = modular ? ["--module", "catalog"] : [];
        await AddAsync(solution, ["resource", "gift-voucher", "--fields", ResourceContract.EveryTypeFields, "--unique", "sku", "--positive", "price", "--owned", .. into]);
        await AddAsync(solution, ["resource", "tag", "--fields", "name:string rank:int?", "--unique", "name", .. beside]);
        await AddAsync(solution, "endpoint", $"{(modular ? "loyalty-program" : "gift-vouchers")}/redeem-voucher", "--method", "POST", "--route", "/{voucherId:guid}/redemptions", "--auth", "customer", "--idempotent");
        await AddAsync(solution, "endpoint", $"{(modular ? "catalog" : "products")}/get-year-summary", "--method", "GET", "--route", "/summary/{year:int}", "--auth", "anonymous", "--version", "2");
    }

    /// <summary>The added resources and use cases over HTTP, as the customers and the administrator of the lane's run.</summary>
    public static async Task DriveAsync(ShopService service, string admin, string customer, string stranger)
    {
        using var anonymous = service.CreateClient();
        using var owner = SignedIn(service, customer);
        using var other = SignedIn(service, stranger);
        using var administrator = SignedIn(service, admin);
        await ResourceContract.DriveOwnedAsync(owner, other, administrator, OwnedRoute);
        await ResourceContract.DriveCrudAsync(administrator, TagRoute, new Dictionary<string, object?> { ["name"] = "tag" }, new { rank = 7 }, "rank", "7");
        await EndpointContract.DriveAsync(anonymous, owner, Routes);
    }

    private static HttpClient SignedIn(ShopService service, string token)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task AddAsync(string solution, params string[] arguments)
    {
        var rampart = Path.Combine(AppContext.BaseDirectory, "rampart.dll");
        var added = await TestProcess.RunAsync("dotnet", [rampart, "add", .. arguments, "--path", solution], solution, GeneratedShop.BuildBound, new Dictionary<string, string>(StringComparer.Ordinal) { ["NO_COLOR"] = "1" });
        Assert.True(added.ExitCode == 0, $"rampart add {string.Join(' ', arguments)}:\n{added.Output}");
        await CommitAsync(solution, $"rampart add {arguments[0]} {arguments[1]}");
    }

    private static async Task CommitAsync(string solution, string message)
    {
        await GitAsync(solution, "add", "-A");
        await GitAsync(solution, "-c", "user.email=dev@shop.test", "-c", "user.name=dev", "commit", "-qm", message, "--allow-empty");
    }

    private static async Task GitAsync(string solution, params string[] arguments)
    {
        var result = await TestProcess.RunAsync("git", arguments, solution, TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
