using System.Net;
using System.Text;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>The contract's platform rows, as a client sees them.</summary>
internal static class PlatformRows
{
    public static async Task DriveAsync(HttpClient client)
    {
        using (var live = await client.SendAsync(HttpMethod.Get, "/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        using (var ready = await client.SendAsync(HttpMethod.Get, "/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        using (var openApi = await client.SendAsync(HttpMethod.Get, "/openapi/v1.json"))
        {
            Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
            var document = await openApi.JsonAsync();
            var paths = document.GetProperty("paths");
            foreach (var path in new[] { "/api/v1/auth/register", "/api/v1/products", "/api/v1/orders", "/api/v1/orders/{id}/cancel" })
            {
                Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lists {path}");
            }

            var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
            Assert.Equal("bearer", bearer.Str("scheme"));
            Assert.True(paths.GetProperty("/api/v1/orders").GetProperty("post").TryGetProperty("security", out _), "placing an order takes a token");
        }

        using (var docs = await client.SendAsync(HttpMethod.Get, "/docs"))
        {
            Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
            Assert.Equal("text/html", docs.Content.Headers.ContentType?.MediaType);
        }

        using (var discovery = await client.SendAsync(HttpMethod.Get, "/.well-known/openid-configuration"))
        {
            Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
            var configuration = await discovery.JsonAsync();
            Assert.False(string.IsNullOrEmpty(configuration.Str("issuer")));
            using var jwks = await client.SendAsync(HttpMethod.Get, new Uri(configuration.Str("jwks_uri")).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
            Assert.Equal("ES256", (await jwks.JsonAsync()).GetProperty("keys")[0].Str("alg"));
        }

        using (var echoed = await client.SendAsync(HttpMethod.Get, "/health/live", headers: new Dictionary<string, string> { ["X-Request-Id"] = "e2e-request-42" }))
        {
            Assert.Equal("e2e-request-42", echoed.Headers.GetValues("X-Request-Id").Single());
        }

        using (var wrongType = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/register", new StringContent("email=a", Encoding.UTF8, "text/plain")))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
            Assert.Equal("application/problem+json", wrongType.Content.Headers.ContentType?.MediaType);
        }

        var huge = $"{{\"email\":\"{new string('a', 1_100_000)}@shop.test\",\"password\":\"x\"}}";
        // Expect: 100-continue lets the server refuse on the declared length before the body is sent: without it, the
        // 413 and the close can race the upload and the client sees a broken pipe instead of the answer.
        using (var tooLarge = await client.SendAsync(
            HttpMethod.Post, "/api/v1/auth/register", new StringContent(huge, Encoding.UTF8, "application/json"), new Dictionary<string, string> { ["Expect"] = "100-continue" }))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        }

        using (var unknown = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/register", new { email = "x@shop.test", password = ShopHttp.Password, admin = true }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        }

        using (var nul = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/token", new StringContent("{\"email\":\"a\\u0000b@shop.test\",\"password\":\"x\"}", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
            Assert.Equal("application/problem+json", nul.Content.Headers.ContentType?.MediaType);
        }

        using (var longUrl = await client.SendAsync(HttpMethod.Get, "/api/v1/products?pad=" + new string('a', 9000)))
        {
            Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
            Assert.Equal("application/problem+json", longUrl.Content.Headers.ContentType?.MediaType);
        }

        using var malformed = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/register", new StringContent("{\"email\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
