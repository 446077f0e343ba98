using System.Net;
using System.Net.Http.Headers;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Identity;

public sealed class IdentityTests(ShopApp app) : IClassFixture<ShopApp>
{
    private const string Password = "Correct-horse-battery-9";

    [Fact]
    public async Task Register_NewEmail_Returns201ThenSameEmail409()
    {
        using var client = app.CreateClient();
        var email = NewEmail();

        using var first = await client.PostJsonAsync("/api/v1/auth/register", new { email, password = Password });
        using var second = await client.PostJsonAsync("/api/v1/auth/register", new { email, password = Password });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(email, (await first.ReadJsonAsync()).GetProperty("data").GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("identity.email_taken", await second.ReadProblemCodeAsync());
    }

    [Theory]
    [InlineData("not-an-email", Password)]
    [InlineData("weak@shop.test", "short")]
    public async Task Register_BadEmailOrWeakPassword_Returns400(string email, string password)
    {
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync("/api/v1/auth/register", new { email, password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Token_WrongPasswordOrUnknownEmail_SameAnswer401()
    {
        using var client = app.CreateClient();
        var email = NewEmail();
        (await client.PostJsonAsync("/api/v1/auth/register", new { email, password = Password })).Dispose();

        using var wrong = await client.PostJsonAsync("/api/v1/auth/token", new { email, password = Password + "x" });
        using var unknown = await client.PostJsonAsync("/api/v1/auth/token", new { email = NewEmail(), password = Password });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(await wrong.ReadProblemCodeAsync(), await unknown.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Refresh_SpentToken_Returns401AndRevokesTheFamily()
    {
        using var client = app.CreateClient();
        var email = NewEmail();
        (await client.PostJsonAsync("/api/v1/auth/register", new { email, password = Password })).Dispose();
        using var token = await client.PostJsonAsync("/api/v1/auth/token", new { email, password = Password });
        var tokens = (await token.ReadJsonAsync()).GetProperty("data");
        Assert.Equal("Bearer", tokens.GetProperty("tokenType").GetString());
        var refresh = tokens.GetProperty("refreshToken").GetString();

        using var rotated = await client.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });
        var next = (await rotated.ReadJsonAsync()).GetProperty("data").GetProperty("refreshToken").GetString();
        using var replayed = await client.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });
        using var family = await client.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = next });

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, family.StatusCode);
    }

    [Fact]
    public async Task Logout_Authenticated_Returns204AndRevokesTheRefreshToken()
    {
        using var client = app.CreateClient();
        var email = NewEmail();
        (await client.PostJsonAsync("/api/v1/auth/register", new { email, password = Password })).Dispose();
        using var token = await client.PostJsonAsync("/api/v1/auth/token", new { email, password = Password });
        var tokens = (await token.ReadJsonAsync()).GetProperty("data");
        var refresh = tokens.GetProperty("refreshToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());

        using var logout = await client.PostJsonAsync("/api/v1/auth/logout", new { refreshToken = refresh });
        using var after = await client.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Logout_WithoutToken_Returns401()
    {
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync("/api/v1/auth/logout", new { refreshToken = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

#if RAMPART_EXAMPLE_SHOP
    [Fact]
    public async Task Admin_FromConfiguration_CanSignInAndUseAdminRoutes()
    {
        using var admin = await app.CreateAdminClientAsync();

        using var response = await admin.PostJsonAsync("/api/v1/products", new { sku = "ADMIN-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), name = "Tea", price = 1m, stock = 0 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
#endif

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@shop.test";
}
