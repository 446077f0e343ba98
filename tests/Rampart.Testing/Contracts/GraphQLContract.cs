using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Rampart.Testing.Contracts;

/// <summary>
/// What a Shop generated with <c>--api both</c> answers at <c>/graphql</c>, over HTTP, beside its REST contract: the
/// SDL, the products connection paged by its cursors, a product by id, an order's items with their products for the
/// owner and not-found for a stranger, createProduct for an admin and not for a customer, updateProduct and its stale
/// version, placeOrder replayed by its idempotency key and refused for the key with another input, cancelOrder refused
/// for a stranger and done for the owner, no mutation over GET and no query deeper than the limit. The service runs with <c>Rampart:GraphQL:Introspection</c> on (for the SDL).
/// </summary>
public static class GraphQLContract
{
    private const string Path = "/graphql";

    private const string CreateProduct = "mutation Create($input: CreateProductInput!) { createProduct(input: $input) { id sku price stock } }";

    private const string UpdateProduct = "mutation Update($id: ID!, $input: UpdateProductInput!, $version: Long!) { updateProduct(id: $id, input: $input, expectedVersion: $version) { id price version } }";

    private const string PlaceOrder = "mutation Place($input: PlaceOrderInput!, $key: String!) { placeOrder(input: $input, idempotencyKey: $key) { id status total } }";

    private const string ProductsPage = "query Page($after: String) { products(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }";

    /// <summary>Every GraphQL row, with tokens of the REST contract's administrator, a customer and another customer.</summary>
    public static async Task DriveAsync(HttpClient client, string admin, string customer, string stranger)
    {
        ArgumentNullException.ThrowIfNull(client);
        using (var sdl = await client.GetAsync(new Uri($"{Path}/schema.graphql", UriKind.Relative)))
        {
            var text = await sdl.Content.ReadAsStringAsync();
            Assert.True(sdl.StatusCode == HttpStatusCode.OK, text);
            foreach (var field in new[] { "products(", "product(id: ID!): Product", "orders(", "order(id: ID!): Order", "createProduct(", "updateProduct(", "placeOrder(", "cancelOrder(" })
            {
                Assert.Contains(field, text, StringComparison.Ordinal);
            }
        }

        // Products: created as an admin (three, so a page of two has a next page), refused for a customer.
        var products = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = Data(await PostAsync(client, CreateProduct, new { input = new { sku = NewSku(), name = "GraphQL tea", price = 2.5m, stock = 20 } }, admin)).GetProperty("createProduct");
            Assert.Equal(2.5m, created.GetProperty("price").GetDecimal());
            products.Insert(0, created.GetProperty("id").GetString()!);
        }

        var refused = await PostAsync(client, CreateProduct, new { input = new { sku = NewSku(), name = "Tea", price = 1m, stock = 1 } }, customer);
        Assert.Equal("http.forbidden", OnlyCode(refused));
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("data").GetProperty("createProduct").ValueKind);
        var invalid = await PostAsync(client, CreateProduct, new { input = new { sku = "lower case", name = "Tea", price = 1m, stock = 1 } }, admin);
        Assert.Equal("validation.failed", OnlyCode(invalid));

        var first = Data(await PostAsync(client, ProductsPage, new { after = (string?)null })).GetProperty("products");
        var next = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = Data(await PostAsync(client, ProductsPage, new { after = next })).GetProperty("products");
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(products[..2], first.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()));
        Assert.Equal(next, first.GetProperty("edges")[1].GetProperty("cursor").GetString());
        Assert.Equal(products[2], second.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString());

        var product = Data(await PostAsync(client, "query One($id: ID!) { product(id: $id) { id name stock } }", new { id = products[0] })).GetProperty("product");
        Assert.Equal("GraphQL tea", product.GetProperty("name").GetString());
        Assert.Equal("catalog.product_not_found", OnlyCode(await PostAsync(client, "query One($id: ID!) { product(id: $id) { id } }", new { id = Guid.CreateVersion7() })));

        // updateProduct: the version read changes the product; that version again is stale and changes nothing.
        var version = Data(await PostAsync(client, "query One($id: ID!) { product(id: $id) { version } }", new { id = products[2] })).GetProperty("product").GetProperty("version").GetInt64();
        var updated = Data(await PostAsync(client, UpdateProduct, new { id = products[2], input = new { price = 3m }, version }, admin)).GetProperty("updateProduct");
        Assert.Equal(3m, updated.GetProperty("price").GetDecimal());
        var stale = await PostAsync(client, UpdateProduct, new { id = products[2], input = new { price = 4m }, version }, admin);
        Assert.Equal("catalog.version_conflict", OnlyCode(stale));
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("data").GetProperty("updateProduct").ValueKind);
        var kept = Data(await PostAsync(client, "query One($id: ID!) { product(id: $id) { price version } }", new { id = products[2] })).GetProperty("product");
        Assert.Equal(3m, kept.GetProperty("price").GetDecimal());
        Assert.Equal(updated.GetProperty("version").GetInt64(), kept.GetProperty("version").GetInt64());

        // Orders: placed by the customer (its idempotency key replays the same order, and refuses another input), read
        // with items and products by the owner, not found for a stranger.
        var key = Guid.NewGuid().ToString();
        var lines = new { items = new[] { new { productId = products[0], quantity = 2 }, new { productId = products[1], quantity = 1 } } };
        var placed = Data(await PostAsync(client, PlaceOrder, new { input = lines, key }, customer)).GetProperty("placeOrder");
        Assert.Equal("pending", placed.GetProperty("status").GetString());
        Assert.Equal(7.5m, placed.GetProperty("total").GetDecimal());
        var replayed = Data(await PostAsync(client, PlaceOrder, new { input = lines, key }, customer)).GetProperty("placeOrder");
        Assert.Equal(placed.GetProperty("id").GetString(), replayed.GetProperty("id").GetString());
        var reused = await PostAsync(client, PlaceOrder, new { input = new { items = new[] { new { productId = products[0], quantity = 1 } } }, key }, customer);
        Assert.Equal("idempotency.key_reused", OnlyCode(reused));
        const string order = "query One($id: ID!) { order(id: $id) { id items { quantity product { id name } } } }";
        var read = Data(await PostAsync(client, order, new { id = placed.GetProperty("id").GetString() }, customer)).GetProperty("order");
        Assert.Equal(
            new[] { $"{products[0]} x2", $"{products[1]} x1" }.Order(StringComparer.Ordinal),
            read.GetProperty("items").EnumerateArray().Select(item => $"{item.GetProperty("product").GetProperty("id").GetString()} x{item.GetProperty("quantity").GetInt32()}").Order(StringComparer.Ordinal));
        var hidden = await PostAsync(client, order, new { id = placed.GetProperty("id").GetString() }, stranger);
        Assert.Equal("orders.order_not_found", OnlyCode(hidden));
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("data").GetProperty("order").ValueKind);
        var ownOrders = Data(await PostAsync(client, "{ orders(first: 10) { edges { node { id } } } }", null, customer)).GetProperty("orders");
        Assert.Contains(placed.GetProperty("id").GetString(), ownOrders.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()));

        // cancelOrder: a stranger's is not found (and cancels nothing), the owner's cancels.
        const string cancel = "mutation Cancel($id: ID!) { cancelOrder(id: $id) { id status } }";
        var strangers = await PostAsync(client, cancel, new { id = placed.GetProperty("id").GetString() }, stranger);
        Assert.Equal("orders.order_not_found", OnlyCode(strangers));
        Assert.Equal(JsonValueKind.Null, strangers.GetProperty("data").GetProperty("cancelOrder").ValueKind);
        var cancelled = Data(await PostAsync(client, cancel, new { id = placed.GetProperty("id").GetString() }, customer)).GetProperty("cancelOrder");
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());

        // The transport's rules: no mutation over GET (405, Allow: POST), no query deeper than Rampart:GraphQL:MaxDepth.
        using (var get = await client.GetAsync(new Uri($"{Path}?query={Uri.EscapeDataString("mutation { __typename }")}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
            Assert.Contains("POST", get.Content.Headers.Allow);
        }

        const int levels = 10;
        var tooDeep = "{ __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", levels)) + "{ name }" + string.Concat(Enumerable.Repeat(" }", levels + 3)) + " }";
        using var deep = await SendAsync(client, tooDeep, null, token: null);
        var refusedDeep = await ReadAsync(deep);
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Equal("graphql.depth_exceeded", OnlyCode(refusedDeep));
    }

    private static string NewSku() => "GQL-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables, string? token = null)
    {
        using var response = await SendAsync(client, query, variables, token);
        return await ReadAsync(response);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string query, object? variables, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/graphql-response+json", $"{(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static JsonElement Data(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data");
    }

    private static string? OnlyCode(JsonElement result)
    {
        Assert.True(result.TryGetProperty("errors", out var errors), result.ToString());
        return Assert.Single(errors.EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString();
    }
}
