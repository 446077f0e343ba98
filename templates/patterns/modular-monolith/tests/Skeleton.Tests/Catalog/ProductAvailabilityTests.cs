using System.Net;
using System.Text.Json;
using Skeleton.Tests.Orders;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

/// <summary>
/// <c>GET /api/v1/products/{id}/availability</c> behind the flag <c>Catalog.Availability</c>, as appsettings.json ships
/// it: targeted at the <c>admin</c> role, rolled out to 0% of everyone else.
/// </summary>
public sealed class ProductAvailabilityTests(ShopApp app) : IClassFixture<ShopApp>
{
    [Fact]
    public async Task Availability_DefaultTargeting_AdminGetsTheNumber()
    {
        using var admin = await app.CreateAdminClientAsync();
        var product = (await admin.CreateProductAsync(stock: 4)).Id();

        using var response = await admin.GetAsync(Availability.Of(product));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, await Availability.ReadAsync(response, product));
    }

    [Fact]
    public async Task Availability_DefaultTargeting_CustomerAndAnonymousGetTheNotFoundOfAnUnknownRoute()
    {
        using var admin = await app.CreateAdminClientAsync();
        var product = (await admin.CreateProductAsync()).Id();
        using var customer = await app.CreateCustomerClientAsync();
        using var anonymous = app.CreateClient();

        await Availability.AssertHiddenAsync(customer, product);
        await Availability.AssertHiddenAsync(anonymous, product);
    }

    [Fact]
    public async Task OpenApi_DescribesTheGatedRoute()
    {
        using var client = app.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"/api/v1/products/{id}/availability\"", document, StringComparison.Ordinal);
    }
}

/// <summary>The flag rolled out to everyone (default rollout percentage 100), on an app of its own.</summary>
public sealed class AvailabilityOnShopApp : IAsyncLifetime
{
    public ShopApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.Settings[Availability.Rollout] = "100";
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}

public sealed class ProductAvailabilityOnTests(AvailabilityOnShopApp on) : IClassFixture<AvailabilityOnShopApp>
{
    private readonly ShopApp _app = on.App;

    [Fact]
    public async Task Availability_FlagOn_IsStockLessReserved()
    {
        using var admin = await _app.CreateAdminClientAsync();
        var product = (await admin.CreateProductAsync(stock: 10)).Id();
        using var customer = await Customer.RegisterAsync(_app);
        var order = await customer.Client.PlaceOrderAsync((product, 3));
        Assert.Equal("confirmed", (await customer.Client.SettledAsync(order.Id())).Status());
        using var anonymous = _app.CreateClient();

        using var response = await anonymous.GetAsync(Availability.Of(product));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, await Availability.ReadAsync(response, product));
    }

    [Fact]
    public async Task Availability_FlagOnUnknownProduct_Returns404ProductNotFound()
    {
        using var anonymous = _app.CreateClient();

        using var response = await anonymous.GetAsync(Availability.Of(Guid.CreateVersion7().ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("catalog.product_not_found", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Availability_FlagOnDeletedProduct_Returns404ProductNotFound()
    {
        using var admin = await _app.CreateAdminClientAsync();
        var product = (await admin.CreateProductAsync()).Id();
        (await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{product}", UriKind.Relative))).Dispose();

        using var response = await admin.GetAsync(Availability.Of(product));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("catalog.product_not_found", await response.ReadProblemCodeAsync());
    }
}

/// <summary>The flag off for everyone, admins included, on an app of its own.</summary>
public sealed class AvailabilityOffShopApp : IAsyncLifetime
{
    public ShopApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.Settings[Availability.AdminRollout] = "0";
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}

public sealed class ProductAvailabilityOffTests(AvailabilityOffShopApp off) : IClassFixture<AvailabilityOffShopApp>
{
    private readonly ShopApp _app = off.App;

    [Fact]
    public async Task Availability_FlagOff_AdminGetsTheNotFoundOfAnUnknownRoute()
    {
        using var admin = await _app.CreateAdminClientAsync();
        var product = (await admin.CreateProductAsync()).Id();

        await Availability.AssertHiddenAsync(admin, product);
    }
}

/// <summary>The gated route, its flag's settings, and what "hidden" means: the very 404 an unknown route answers.</summary>
internal static class Availability
{
    // The flag's targeting filter as appsettings.json configures it, addressed the way an override names it.
    private const string Audience = "FeatureManagement:Catalog.Availability:EnabledFor:0:Parameters:Audience:";

    public const string Rollout = Audience + "DefaultRolloutPercentage";

    public const string AdminRollout = Audience + "Groups:0:RolloutPercentage";

    // What a hidden route and an unknown one must share: everything but what differs per request (traceId, instance).
    private static readonly string[] Compared = ["type", "title", "status", "detail", "code"];

    public static Uri Of(string productId) => new($"{CatalogClient.Products}/{productId}/availability", UriKind.Relative);

    public static async Task<int> ReadAsync(HttpResponseMessage response, string productId)
    {
        var data = (await response.ReadJsonAsync()).GetProperty("data");
        Assert.Equal(productId, data.GetProperty("productId").GetString());
        return data.GetProperty("available").GetInt32();
    }

    public static async Task AssertHiddenAsync(HttpClient client, string productId)
    {
        using var gated = await client.GetAsync(Of(productId));
        using var unknown = await client.GetAsync(new Uri($"{CatalogClient.Products}/{productId}/no-such-route", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, gated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(Comparable(await unknown.ReadJsonAsync()), Comparable(await gated.ReadJsonAsync()));
        Assert.Equal("application/problem+json", gated.Content.Headers.ContentType?.MediaType);
    }

    private static string Comparable(JsonElement problem) =>
        string.Join('|', Compared.Select(name => problem.TryGetProperty(name, out var value) ? value.ToString() : "-"));
}
