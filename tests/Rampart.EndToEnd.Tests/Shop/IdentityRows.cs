using System.Net;

namespace Rampart.EndToEnd.Tests.Shop;

/// <summary>The contract's identity rows: register, token, refresh (and reuse detection), logout.</summary>
internal static class IdentityRows
{
    public static async Task DriveAsync(HttpClient client)
    {
        var email = $"identity-{Guid.NewGuid():N}@shop.test";
        using (var registered = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/register", new { email, password = ShopHttp.Password }))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            Assert.Equal(email, (await registered.DataAsync()).Str("email"));
        }

        using (var taken = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/register", new { email, password = ShopHttp.Password }))
        {
            Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
            Assert.Equal("identity.email_taken", await taken.CodeAsync());
        }

        using (var weak = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/register", new { email = $"w-{Guid.NewGuid():N}@shop.test", password = "short" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        }

        using (var wrong = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/token", new { email, password = "Wrong-password-42!" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var issued = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/token", new { email, password = ShopHttp.Password });
        var pair = await issued.DataAsync();
        Assert.Equal("Bearer", pair.Str("tokenType"));
        var firstRefresh = pair.Str("refreshToken");

        using var refreshed = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/refresh", new { refreshToken = firstRefresh });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = await refreshed.DataAsync();

        using (var reused = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/refresh", new { refreshToken = firstRefresh }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        }

        using (var revokedFamily = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/refresh", new { refreshToken = second.Str("refreshToken") }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, revokedFamily.StatusCode);
        }

        var token = await client.TokenAsync(email, ShopHttp.Password);
        using var again = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/token", new { email, password = ShopHttp.Password });
        var refresh = (await again.DataAsync()).Str("refreshToken");
        using (var logout = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/logout", new { refreshToken = refresh }, token: token))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        using var afterLogout = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }
}
