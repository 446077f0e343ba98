using System.Diagnostics;
using System.Net;
using Rampart.Testing;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// A Shop process killed at the fault point between an order's commit and its response, on one instance (restarted on
/// the same database) and on two (the other one takes over): the retry with the same key replays the stored response,
/// the order exists once, stock is reserved once, and the pending <c>OrderPlaced</c> is published promptly by the
/// instance that is left. Every Shop of the run's <see cref="ShopMatrix"/>, on the builds the contract tests use.
/// </summary>
[Collection(ShopEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ShopCrashTests(ShopBuilds shops)
{
    // From the moment the crashed instance is gone (one instance: the new one answers) to the order leaving pending:
    // the relay's poll interval (1 s) plus two event round trips (through RabbitMQ on a RabbitMQ Shop), with room for a
    // loaded machine (7.5 s was seen at a load average of 27). A lease held by the dead process would have kept the
    // event for 30 s, which this bound still tells apart.
    private static readonly TimeSpan TakeoverBound = TimeSpan.FromSeconds(12);

    private static readonly Dictionary<string, string> CrashingOnOrders = new(StringComparer.Ordinal)
    {
        ["RAMPART_TEST_CRASH_AFTER_COMMIT"] = "POST /api/v1/orders",
    };

    [Theory]
    [MemberData(nameof(ShopMatrix.Variants), MemberType = typeof(ShopMatrix))]
    public async Task Order_ProcessKilledAfterCommitThenRestarted_RetryReplaysAndTheOrderIsPlacedOnce(string pattern, string broker)
    {
        var shop = await shops.GetAsync(pattern, broker);
        await using var crashing = await ShopService.StartAsync(shop, CrashingOnOrders);
        var (customer, tea, key, body) = await PrepareAsync(crashing);

        await PlaceAndDieAsync(crashing, customer, key, body);
        await using var restarted = await ShopService.StartAsync(shop, sharedWith: crashing);
        var takeover = Stopwatch.StartNew();

        await AssertPlacedOnceAsync(restarted, customer, tea, key, body, takeover);
    }

    [Theory]
    [MemberData(nameof(ShopMatrix.Variants), MemberType = typeof(ShopMatrix))]
    public async Task Order_OneOfTwoInstancesKilledAfterCommit_TheOtherReplaysAndPublishesPromptly(string pattern, string broker)
    {
        var shop = await shops.GetAsync(pattern, broker);
        await using var crashing = await ShopService.StartAsync(shop, CrashingOnOrders);
        await using var survivor = await ShopService.StartAsync(shop, sharedWith: crashing);
        var (customer, tea, key, body) = await PrepareAsync(crashing);

        await PlaceAndDieAsync(crashing, customer, key, body);
        var takeover = Stopwatch.StartNew();

        await AssertPlacedOnceAsync(survivor, customer, tea, key, body, takeover);
    }

    private static async Task<(string Customer, string Tea, Dictionary<string, string> Key, object Body)> PrepareAsync(ShopService service)
    {
        using var client = service.CreateClient();
        var admin = await client.TokenAsync(ShopService.AdminEmail, ShopService.AdminPassword);
        var customer = await client.RegisterCustomerAsync();
        var tea = await CatalogRows.CreateAsync(client, admin, stock: 5);
        return (customer, tea, ShopHttp.Key(), OrderRows.Lines((tea, 2)));
    }

    private static async Task PlaceAndDieAsync(ShopService service, string customer, Dictionary<string, string> key, object body)
    {
        using var client = service.CreateClient();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.SendAsync(HttpMethod.Post, "/api/v1/orders", body, key, customer));
        await Eventually.UntilAsync(() => service.HasExited, "the Shop killed itself at the fault point", TimeSpan.FromSeconds(10));
    }

    private static async Task AssertPlacedOnceAsync(
        ShopService service, string customer, string tea, Dictionary<string, string> key, object body, Stopwatch takeover)
    {
        using var client = service.CreateClient();
        using var retried = await client.SendAsync(HttpMethod.Post, "/api/v1/orders", body, key, customer);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal("true", retried.Headers.GetValues("Idempotent-Replayed").Single());
        var id = (await retried.DataAsync()).Str("id");

        var settled = await OrderRows.SettledAsync(client, id, customer);
        Assert.True(takeover.Elapsed < TakeoverBound, $"the order left pending {takeover.Elapsed.TotalSeconds:0.0} s after the crash; the bound is {TakeoverBound.TotalSeconds} s");
        Assert.Equal("confirmed", settled.Str("status"));
        using var mine = await client.SendAsync(HttpMethod.Get, "/api/v1/orders", token: customer);
        Assert.Equal(1, (await mine.DataAsync()).GetArrayLength());
        Assert.Equal(2, await CatalogRows.ReservedAsync(client, tea));
    }
}
