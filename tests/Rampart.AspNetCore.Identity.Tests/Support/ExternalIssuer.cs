using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>
/// A second token issuer, like Keycloak or Entra ID: its own key, its discovery document and JWKS served by Kestrel on a
/// loopback port, and tokens signed with its key for the service's audience.
/// </summary>
public sealed class ExternalIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ExternalIssuer(WebApplication app, TestKey key)
    {
        _app = app;
        Key = key;
    }

    /// <summary>The issuer URL; known once Kestrel has bound its port.</summary>
    public string Authority => _app.Urls.Single().TrimEnd('/') + "/realms/shop";

    public TestKey Key { get; }

    public static async Task<ExternalIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new ExternalIssuer(app, new TestKey("external-1"));
        app.MapGet("/realms/shop/.well-known/openid-configuration", () => Results.Json(new JsonObject
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = issuer.Authority + "/protocol/openid-connect/certs",
            ["id_token_signing_alg_values_supported"] = new JsonArray("ES256"),
        }));
        app.MapGet("/realms/shop/protocol/openid-connect/certs", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(issuer.Key.Key) { KeyId = issuer.Key.KeyId });
            return Results.Json(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject { ["kty"] = jwk.Kty, ["crv"] = jwk.Crv, ["x"] = jwk.X, ["y"] = jwk.Y, ["kid"] = jwk.Kid, ["use"] = "sig", ["alg"] = "ES256" }),
            });
        });
        await app.StartAsync();
        return issuer;
    }

    /// <summary>Claims as this issuer writes them: its <c>iss</c>, the service's audience, a UUID <c>sub</c>, roles as given.</summary>
    public JsonObject Claims(Guid userId, DateTimeOffset now, JsonNode? roles = null)
    {
        var claims = TestTokens.Claims(userId, now, issuer: Authority);
        claims.Remove("role");
        if (roles is not null)
        {
            claims["roles"] = roles;
        }

        return claims;
    }

    public string Sign(JsonObject claims) => TestTokens.SignEs256(TestTokens.Header(Key.KeyId), claims, Key.Key);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Key.Dispose();
    }
}
