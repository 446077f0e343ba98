using System.Net;
using System.Text.Json;
using Rampart.Testing;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>The contract's orders rows and flow: confirmed, rejected, cancel releases stock, 404 for others, cancel twice 409.</summary>
internal static class OrderRows
{
    public static async Task DriveAsync(HttpClient client, string admin, string customer, string stranger)
    {
        var tea = await CatalogRows.CreateAsync(client, admin, stock: 3);
        var body = Lines((tea, 2));
        using (var keyless = await client.SendAsync(HttpMethod.Post, "/api/v1/orders", body, token: customer))
        {
            Assert.Equal(HttpStatusCode.BadRequest, keyless.StatusCode);
            Assert.Equal("idempotency.key_required", await keyless.CodeAsync());
        }

        using (var invalid = await client.SendAsync(HttpMethod.Post, "/api/v1/orders", Lines((tea, 0)), ShopHttp.Key(), customer))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }

        var key = ShopHttp.Key();
        using var placed = await client.SendAsync(HttpMethod.Post, "/api/v1/orders", body, key, customer);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.DataAsync();
        var id = order.Str("id");
        Assert.Equal("pending", order.Str("status"));
        Assert.Equal($"/api/v1/orders/{id}", placed.Headers.Location?.OriginalString);
        using (var replay = await client.SendAsync(HttpMethod.Post, "/api/v1/orders", body, key, customer))
        {
            Assert.Equal(id, (await replay.DataAsync()).Str("id"));
        }

        Assert.Equal("confirmed", (await SettledAsync(client, id, customer)).Str("status"));
        Assert.Equal(2, await CatalogRows.ReservedAsync(client, tea));

        var rejected = await PlaceAsync(client, customer, (tea, 2));
        var settled = await SettledAsync(client, rejected, customer);
        Assert.Equal("rejected", settled.Str("status"));
        Assert.StartsWith("insufficient_stock", settled.Str("rejectionReason"), StringComparison.Ordinal);

        using (var hidden = await client.SendAsync(HttpMethod.Get, $"/api/v1/orders/{id}", token: stranger))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal("orders.order_not_found", await hidden.CodeAsync());
        }

        using (var notTheirs = await client.SendAsync(HttpMethod.Post, $"/api/v1/orders/{id}/cancel", token: stranger))
        {
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        }

        using (var asAdmin = await client.SendAsync(HttpMethod.Get, $"/api/v1/orders/{id}", token: admin))
        {
            Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        }

        using (var mine = await client.SendAsync(HttpMethod.Get, "/api/v1/orders?limit=1", token: customer))
        {
            var page = await mine.JsonAsync();
            Assert.Equal(1, page.GetProperty("data").GetArrayLength());
            var cursor = page.GetProperty("meta").Str("nextCursor");
            using var next = await client.SendAsync(HttpMethod.Get, $"/api/v1/orders?limit=1&cursor={Uri.EscapeDataString(cursor)}", token: customer);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        }

        using (var strangers = await client.SendAsync(HttpMethod.Get, "/api/v1/orders", token: stranger))
        {
            Assert.Equal(0, (await strangers.DataAsync()).GetArrayLength());
        }

        using (var cancelled = await client.SendAsync(HttpMethod.Post, $"/api/v1/orders/{id}/cancel", token: customer))
        {
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
            Assert.Equal("cancelled", (await cancelled.DataAsync()).Str("status"));
        }

        await Eventually.UntilAsync(async () => await CatalogRows.ReservedAsync(client, tea) == 0, "cancelling releases the reserved stock");
        using var twice = await client.SendAsync(HttpMethod.Post, $"/api/v1/orders/{id}/cancel", token: customer);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("orders.invalid_state", await twice.CodeAsync());
    }

    public static object Lines(params (string ProductId, int Quantity)[] lines) =>
        new { items = lines.Select(l => new { productId = l.ProductId, quantity = l.Quantity }).ToArray() };

    public static async Task<string> PlaceAsync(HttpClient client, string token, params (string ProductId, int Quantity)[] lines)
    {
        using var placed = await client.SendAsync(HttpMethod.Post, "/api/v1/orders", Lines(lines), ShopHttp.Key(), token);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (await placed.DataAsync()).Str("id");
    }

    public static async Task<JsonElement> SettledAsync(HttpClient client, string id, string token)
    {
        JsonElement order = default;
        await Eventually.UntilAsync(async () =>
        {
            using var read = await client.SendAsync(HttpMethod.Get, $"/api/v1/orders/{id}", token: token);
            order = await read.DataAsync();
            return order.Str("status") != "pending";
        }, $"order {id} leaves pending", TimeSpan.FromSeconds(20));
        return order;
    }
}
