using Rampart.Scaffolding.Templates;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>
/// The hexagonal Shop's external-API adapter for real: its order-confirmation webhook, posted by the generated service
/// through Rampart's sending side, reaches a receiver built on the receiving side with a valid signature. Reuses the
/// lane's build of the hexagonal Shop.
/// </summary>
[Collection(ShopEndToEndLane.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ShopWebhookTests(ShopBuilds shops)
{
    private const string Pattern = "hexagonal";

    [Fact]
    public async Task HexagonalShop_OrderConfirmed_SignedWebhookReachesTheReceiverOnce()
    {
        Assert.Contains(Pattern, TemplateCatalog.Installed.Patterns);
        var shop = await shops.GetAsync(Pattern, ShopMatrix.BrokerOf(Pattern));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var service = await ShopService.StartAsync(shop, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Notifications__Webhook__Url"] = receiver.Url.ToString(),
            ["Notifications__Webhook__Secrets__0"] = receiver.Secret,
        });
        using var client = service.CreateClient();
        var admin = await client.TokenAsync(ShopService.AdminEmail, ShopService.AdminPassword);
        var customer = await client.RegisterCustomerAsync();
        var tea = await CatalogRows.CreateAsync(client, admin, stock: 2);

        var order = await OrderRows.PlaceAsync(client, customer, (tea, 2));

        await Rampart.Testing.Eventually.UntilAsync(() => !receiver.Accepted.IsEmpty, "the receiver accepted a signed order.confirmed webhook");
        var (deliveryId, body) = Assert.Single(receiver.Accepted);
        Assert.True(Guid.TryParse(deliveryId, out _), deliveryId);
        Assert.Equal("order.confirmed", body.GetProperty("type").GetString());
        Assert.Equal(order, body.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Equal(2, body.GetProperty("data").GetProperty("lines")[0].GetProperty("quantity").GetInt32());
    }
}
