using System.Net;
using Skeleton.Tests.Catalog;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

public sealed class OrderQueryTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Get_ByOwner_Returns200()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var owner = await Customer.RegisterAsync(app);
        var order = await owner.Client.PlaceOrderAsync((tea, 1));

        var read = await owner.Client.GetOrderAsync(order.Id());

        Assert.Equal(order.GetProperty("customerId").GetString(), read.GetProperty("customerId").GetString());
    }

    [Fact]
    public async Task Get_ByOtherCustomer_Returns404AndByAdmin200()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var owner = await Customer.RegisterAsync(app);
        using var stranger = await Customer.RegisterAsync(app);
        var order = await owner.Client.PlaceOrderAsync((tea, 1));

        using var strangers = await stranger.Client.GetAsync(new Uri($"{OrdersClient.Orders}/{order.Id()}", UriKind.Relative));
        using var admins = await admin.GetAsync(new Uri($"{OrdersClient.Orders}/{order.Id()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, strangers.StatusCode);
        Assert.Equal("orders.order_not_found", await strangers.ReadProblemCodeAsync());
        Assert.Equal(HttpStatusCode.OK, admins.StatusCode);
    }

    [Fact]
    public async Task Get_Unknown_Returns404()
    {
        using var customer = await Customer.RegisterAsync(app);

        using var response = await customer.Client.GetAsync(new Uri($"{OrdersClient.Orders}/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("orders.order_not_found", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task List_Customer_SeesOnlyOwnOrdersNewestFirstAcrossPages()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 100)).Id();
        using var owner = await Customer.RegisterAsync(app);
        using var other = await Customer.RegisterAsync(app);
        var placed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            placed.Add((await owner.Client.PlaceOrderAsync((tea, 1))).Id());
        }

        await other.Client.PlaceOrderAsync((tea, 1));

        using var first = await owner.Client.GetAsync(new Uri($"{OrdersClient.Orders}?limit=2", UriKind.Relative));
        var firstBody = await first.ReadJsonAsync();
        var cursor = firstBody.GetProperty("meta").GetProperty("nextCursor").GetString();
        using var second = await owner.Client.GetAsync(new Uri($"{OrdersClient.Orders}?limit=2&cursor={Uri.EscapeDataString(cursor!)}", UriKind.Relative));
        var secondBody = await second.ReadJsonAsync();

        var seen = firstBody.GetProperty("data").EnumerateArray().Concat(secondBody.GetProperty("data").EnumerateArray()).Select(o => o.Id()).ToList();
        Assert.Equal(Enumerable.Reverse(placed), seen);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, secondBody.GetProperty("meta").GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task List_Admin_SeesEveryonesOrders()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 100)).Id();
        using var first = await Customer.RegisterAsync(app);
        using var second = await Customer.RegisterAsync(app);
        var a = (await first.Client.PlaceOrderAsync((tea, 1))).Id();
        var b = (await second.Client.PlaceOrderAsync((tea, 1))).Id();

        using var response = await admin.GetAsync(new Uri($"{OrdersClient.Orders}?limit=100", UriKind.Relative));
        var ids = (await response.ReadJsonAsync()).GetProperty("data").EnumerateArray().Select(o => o.Id()).ToList();

        Assert.Contains(a, ids);
        Assert.Contains(b, ids);
    }

    [Fact]
    public async Task List_LimitAboveMaximum_Returns400()
    {
        using var customer = await Customer.RegisterAsync(app);

        using var response = await customer.Client.GetAsync(new Uri($"{OrdersClient.Orders}?limit=101", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
