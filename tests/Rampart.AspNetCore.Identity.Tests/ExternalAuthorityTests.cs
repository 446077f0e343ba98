using System.Net;
using System.Text.Json.Nodes;
using Rampart.Testing;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>
/// Tokens of an external OpenID Connect authority (<c>Identity:Authority</c>) beside the service's own: a second issuer
/// serves its discovery document and keys over real HTTP, and each issuer is trusted only with its own keys.
/// </summary>
public sealed class ExternalAuthorityTests : IAsyncLifetime, IDisposable
{
    private readonly TestKey _localKey = new("local-1");
    private PostgresDatabase _database = null!;
    private ExternalIssuer _issuer = null!;
    private IdentityTestHost _host = null!;

    private IdentityClient Client => new(_host.Client);

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _issuer = await ExternalIssuer.StartAsync();
        _host = await IdentityTestHost.StartAsync(_database.ConnectionString, _localKey, options =>
        {
            options.Authority = _issuer.Authority;
            options.RequireHttpsMetadata = false;
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _issuer.DisposeAsync();
        await _database.DisposeAsync();
    }

    public void Dispose() => _localKey.Dispose();

    [Fact]
    public async Task Protected_ExternalToken_AuthenticatesWithItsSubjectAndRoles()
    {
        var userId = Guid.CreateVersion7();
        var token = _issuer.Sign(_issuer.Claims(userId, _host.Time.GetUtcNow(), new JsonArray("customer", "auditor")));

        using var response = await Client.GetAsync("/api/v1/me", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = (await IdentityClient.ReadJsonAsync(response)).GetProperty("data");
        Assert.Equal(userId.ToString(), me.GetProperty("id").GetString());
        Assert.Equal("forged@shop.test", me.GetProperty("email").GetString());
        Assert.Equal(["auditor", "customer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task AdminRoute_ExternalTokenWithAndWithoutTheAdminRole_Returns200And403()
    {
        var now = _host.Time.GetUtcNow();
        var admin = _issuer.Sign(_issuer.Claims(Guid.CreateVersion7(), now, new JsonArray("admin")));
        var customer = _issuer.Sign(_issuer.Claims(Guid.CreateVersion7(), now, new JsonArray("customer")));

        using var allowed = await Client.GetAsync("/api/v1/admin/ping", admin);
        using var forbidden = await Client.GetAsync("/api/v1/admin/ping", customer);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("identity.forbidden", await IdentityClient.ReadCodeAsync(forbidden));
    }

    [Fact]
    public async Task Protected_OwnTokensBesideTheAuthority_StillAuthenticate()
    {
        var session = await Client.NewSessionAsync();

        using var response = await Client.GetAsync("/api/v1/me", session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Protected_ExternalKeyVouchingForOurIssuer_Returns401()
    {
        // The authority's key must never sign for our issuer: with shared key lists, a provider (or any tenant of a
        // multi-tenant one) could mint our admins.
        var claims = TestTokens.Claims(Guid.CreateVersion7(), _host.Time.GetUtcNow());

        using var response = await Client.GetAsync("/api/v1/admin/ping", _issuer.Sign(claims));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("identity.invalid_token", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task Protected_OurKeyVouchingForTheAuthority_Returns401()
    {
        var claims = _issuer.Claims(Guid.CreateVersion7(), _host.Time.GetUtcNow(), new JsonArray("admin"));
        var token = TestTokens.SignEs256(TestTokens.Header(_localKey.KeyId), claims, _localKey.Key);

        using var response = await Client.GetAsync("/api/v1/admin/ping", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("other-key")]
    [InlineData("wrong-audience")]
    [InlineData("expired")]
    [InlineData("sub-not-uuid")]
    [InlineData("hs256-with-the-jwk")]
    public async Task Protected_InvalidExternalToken_Returns401(string defect)
    {
        var now = _host.Time.GetUtcNow();
        var claims = _issuer.Claims(Guid.CreateVersion7(), now, new JsonArray("admin"));
        using var other = new TestKey(_issuer.Key.KeyId);
        string token;
        switch (defect)
        {
            case "other-key":
                token = TestTokens.SignEs256(TestTokens.Header(_issuer.Key.KeyId), claims, other.Key);
                break;
            case "hs256-with-the-jwk":
                token = TestTokens.SignHs256(TestTokens.Header(_issuer.Key.KeyId, "HS256"), claims, System.Text.Encoding.ASCII.GetBytes(_issuer.Key.PublicPem));
                break;
            default:
                if (defect == "wrong-audience")
                {
                    claims["aud"] = "another-api";
                }
                else if (defect == "expired")
                {
                    claims["exp"] = now.AddMinutes(-5).ToUnixTimeSeconds();
                }
                else
                {
                    claims["sub"] = "auth0|5f7c8ec7c33c6c004bbafe82";
                }

                token = _issuer.Sign(claims);
                break;
        }

        using var response = await Client.GetAsync("/api/v1/me", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("identity.invalid_token", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task Protected_KeycloakRolesUnderRealmAccess_MapToRoles()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await IdentityTestHost.StartAsync(database.ConnectionString, _localKey, options =>
        {
            options.Authority = _issuer.Authority;
            options.RequireHttpsMetadata = false;
            options.RoleClaim = "realm_access.roles";
        });
        var claims = _issuer.Claims(Guid.CreateVersion7(), host.Time.GetUtcNow());
        claims["realm_access"] = new JsonObject { ["roles"] = new JsonArray("admin", "offline_access") };

        using var response = await new IdentityClient(host.Client).GetAsync("/api/v1/admin/ping", _issuer.Sign(claims));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task IssueTokensOff_OnlyTheAuthoritysTokensAndNoOwnRoutes()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await IdentityTestHost.StartAsync(database.ConnectionString, key: null, options =>
        {
            options.IssueTokens = false;
            options.Authority = _issuer.Authority;
            options.RequireHttpsMetadata = false;
            options.AdminEmail = null;
            options.AdminPassword = null;
        });
        var client = new IdentityClient(host.Client);
        var token = _issuer.Sign(_issuer.Claims(Guid.CreateVersion7(), host.Time.GetUtcNow(), new JsonArray("customer")));

        using var me = await client.GetAsync("/api/v1/me", token);
        using var register = await client.RegisterAsync(IdentityClient.NewEmail());
        using var jwks = await host.Client.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, register.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, jwks.StatusCode);
    }
}
