using System.Net;
using Skeleton.Tests.Catalog;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

public sealed class OrderUpdatesHubTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Owner_PlacesAndCancels_ReceivesEachStatusChange()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 5)).Id();
        using var owner = await Customer.RegisterAsync(app);
        await using var hub = await ConnectAsync(owner.Token);

        var order = await owner.Client.PlaceOrderAsync((tea, 1));
        var confirmed = await hub.WaitForAsync("orderStatusChanged", m => m.GetProperty("orderId").GetString() == order.Id() && m.GetProperty("status").GetString() == "confirmed");
        using var cancelled = await owner.Client.PostAsync(new Uri($"{OrdersClient.Orders}/{order.Id()}/cancel", UriKind.Relative), null);
        var cancelledMessage = await hub.WaitForAsync("orderStatusChanged", m => m.GetProperty("orderId").GetString() == order.Id() && m.GetProperty("status").GetString() == "cancelled");

        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal("cancelled", cancelledMessage.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OtherCustomer_DoesNotReceiveSomeoneElsesOrder()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 5)).Id();
        using var owner = await Customer.RegisterAsync(app);
        using var stranger = await Customer.RegisterAsync(app);
        await using var ownerHub = await ConnectAsync(owner.Token);
        await using var strangerHub = await ConnectAsync(stranger.Token);

        var order = await owner.Client.PlaceOrderAsync((tea, 1));
        await ownerHub.WaitForAsync("orderStatusChanged", m => m.GetProperty("orderId").GetString() == order.Id() && m.GetProperty("status").GetString() == "confirmed");
        // The stranger's own order is a marker: once its message arrives, an earlier one for the owner's order would have too.
        var marker = await stranger.Client.PlaceOrderAsync((tea, 1));
        var first = await strangerHub.WaitForAsync("orderStatusChanged", _ => true);

        Assert.Equal(marker.Id(), first.GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task Negotiate_WithoutToken_Returns401()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.PostAsync(new Uri("/hubs/orders/negotiate?negotiateVersion=1", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HubTestClient> ConnectAsync(string token)
    {
        var http = app.CreateClient();
        var sockets = app.Server.CreateWebSocketClient();
        return await HubTestClient.ConnectAsync(http, "/hubs/orders", token,
            (pathAndQuery, cancellationToken) => sockets.ConnectAsync(new Uri(new Uri("ws://localhost"), pathAndQuery), cancellationToken));
    }
}
