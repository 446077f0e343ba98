using System.Net;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>The contract's catalog rows: list, get with ETag, create (idempotent, sku_taken), PATCH with If-Match, soft delete, roles.</summary>
internal static class CatalogRows
{
    public static async Task DriveAsync(HttpClient client, string admin, string customer)
    {
        var sku = "E2E-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var product = new { sku, name = "Green tea", price = 4.50m, stock = 10 };
        using (var anonymous = await client.SendAsync(HttpMethod.Post, "/api/v1/products", product))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var forbidden = await client.SendAsync(HttpMethod.Post, "/api/v1/products", product, token: customer))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var key = ShopHttp.Key();
        using var created = await client.SendAsync(HttpMethod.Post, "/api/v1/products", product, key, admin);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.DataAsync()).Str("id");
        Assert.Equal($"/api/v1/products/{id}", created.Headers.Location?.OriginalString);
        using (var replay = await client.SendAsync(HttpMethod.Post, "/api/v1/products", product, key, admin))
        {
            Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
            Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
            Assert.Equal(id, (await replay.DataAsync()).Str("id"));
        }

        using (var twice = await client.SendAsync(HttpMethod.Post, "/api/v1/products", Json("{\"sku\":\"A-1\",\"sku\":\"B-1\",\"name\":\"x\",\"price\":1,\"stock\":1}"), token: admin))
        {
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
            Assert.True((await twice.JsonAsync()).GetProperty("errors").TryGetProperty("sku", out _), "the duplicated member is named");
        }

        using (var taken = await client.SendAsync(HttpMethod.Post, "/api/v1/products", product, ShopHttp.Key(), admin))
        {
            Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
            Assert.Equal("catalog.sku_taken", await taken.CodeAsync());
        }

        using (var read = await client.SendAsync(HttpMethod.Get, $"/api/v1/products/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        }

        using (var noIfMatch = await client.SendAsync(HttpMethod.Patch, $"/api/v1/products/{id}", new { price = 5m }, token: admin))
        {
            Assert.Equal((HttpStatusCode)428, noIfMatch.StatusCode);
        }

        using (var weak = await client.SendAsync(HttpMethod.Patch, $"/api/v1/products/{id}", new { price = 5m }, new Dictionary<string, string> { ["If-Match"] = "W/\"1\"" }, admin))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, weak.StatusCode);
        }

        using (var nul = await client.SendAsync(HttpMethod.Patch, $"/api/v1/products/{id}", Json("{\"name\":\"a\\u0000b\"}"), IfMatch(1), admin))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
            Assert.Equal("validation.failed", await nul.CodeAsync());
        }

        using (var patched = await client.SendAsync(HttpMethod.Patch, $"/api/v1/products/{id}", new { price = 5m }, IfMatch(1), admin))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            Assert.Equal("\"2\"", patched.Headers.ETag?.Tag);
        }

        using (var stale = await client.SendAsync(HttpMethod.Patch, $"/api/v1/products/{id}", new { price = 6m }, IfMatch(1), admin))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
            Assert.Equal("catalog.version_conflict", await stale.CodeAsync());
        }

        using (var list = await client.SendAsync(HttpMethod.Get, "/api/v1/products?limit=1"))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            Assert.Equal(1, (await list.JsonAsync()).GetProperty("meta").GetProperty("limit").GetInt32());
        }

        using (var tooMany = await client.SendAsync(HttpMethod.Get, "/api/v1/products?limit=101"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        }

        using (var deleted = await client.SendAsync(HttpMethod.Delete, $"/api/v1/products/{id}", token: admin))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using (var again = await client.SendAsync(HttpMethod.Delete, $"/api/v1/products/{id}", token: admin))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        using var gone = await client.SendAsync(HttpMethod.Get, $"/api/v1/products/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("catalog.product_not_found", await gone.CodeAsync());
    }

    /// <summary>Creates a product as the admin and returns its id.</summary>
    public static async Task<string> CreateAsync(HttpClient client, string admin, int stock)
    {
        var sku = "E2E-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        using var created = await client.SendAsync(HttpMethod.Post, "/api/v1/products", new { sku, name = "Tea", price = 3.20m, stock }, token: admin);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.DataAsync()).Str("id");
    }

    public static async Task<int> ReservedAsync(HttpClient client, string id)
    {
        using var read = await client.SendAsync(HttpMethod.Get, $"/api/v1/products/{id}");
        return (await read.DataAsync()).GetProperty("reserved").GetInt32();
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static Dictionary<string, string> IfMatch(long version) => new() { ["If-Match"] = $"\"{version}\"" };
}
