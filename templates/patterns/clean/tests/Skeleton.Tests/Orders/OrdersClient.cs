using System.Net;
using System.Text.Json;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

/// <summary>Shortcuts for the orders routes used by several tests.</summary>
internal static class OrdersClient
{
    public const string Orders = "/api/v1/orders";

    public static Dictionary<string, string> NewKey() => new() { ["Idempotency-Key"] = Guid.NewGuid().ToString() };

    public static Task<HttpResponseMessage> PlaceAsync(this HttpClient client, object body, Dictionary<string, string>? headers = null) =>
        client.SendJsonAsync(HttpMethod.Post, Orders, body, headers ?? NewKey());

    public static object Items(params (string ProductId, int Quantity)[] lines) =>
        new { items = lines.Select(l => new { productId = l.ProductId, quantity = l.Quantity }).ToArray() };

    /// <summary>Places an order of the given lines and returns its data; asserts 201.</summary>
    public static async Task<JsonElement> PlaceOrderAsync(this HttpClient client, params (string ProductId, int Quantity)[] lines)
    {
        using var response = await client.PlaceAsync(Items(lines));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("data");
    }

    public static async Task<JsonElement> GetOrderAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync(new Uri($"{Orders}/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("data");
    }

    /// <summary>Waits until the order has left <c>pending</c> and returns it.</summary>
    public static async Task<JsonElement> SettledAsync(this HttpClient client, string id)
    {
        JsonElement order = default;
        await Eventually.UntilAsync(async () =>
        {
            order = await client.GetOrderAsync(id);
            return order.GetProperty("status").GetString() != "pending";
        }, $"order {id} leaves pending");
        return order;
    }

    public static async Task<JsonElement> GetProductAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync(new Uri($"/api/v1/products/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("data");
    }

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;

    public static string Status(this JsonElement element) => element.GetProperty("status").GetString()!;
}
