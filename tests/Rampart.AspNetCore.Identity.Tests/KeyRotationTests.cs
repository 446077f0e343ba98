using System.Net;
using Rampart.Testing;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class KeyRotationTests : IAsyncLifetime, IDisposable
{
    private readonly TestKey _oldKey = new("2026-01");
    private readonly TestKey _newKey = new("2026-02");
    private PostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose()
    {
        _oldKey.Dispose();
        _newKey.Dispose();
    }

    [Fact]
    public async Task Rotation_OldKeyVerifyOnly_KeepsOldTokensValidAndSignsWithNewKey()
    {
        string oldToken;
        await using (var before = await IdentityTestHost.StartAsync(_database.ConnectionString, _oldKey))
        {
            oldToken = (await new IdentityClient(before.Client).NewSessionAsync()).AccessToken;
        }

        await using var during = await IdentityTestHost.StartAsync(_database.ConnectionString, _newKey, options => options.SigningKeys.Add(_oldKey.VerifyOnly()));
        var client = new IdentityClient(during.Client);
        var newToken = (await client.NewSessionAsync()).AccessToken;

        using var oldAccepted = await client.GetAsync("/api/v1/me", oldToken);
        Assert.Equal(HttpStatusCode.OK, oldAccepted.StatusCode);
        Assert.Equal("2026-01", TestTokens.DecodePart(oldToken, 0).GetProperty("kid").GetString());
        Assert.Equal("2026-02", TestTokens.DecodePart(newToken, 0).GetProperty("kid").GetString());
    }

    [Fact]
    public async Task Rotation_OldKeyRemoved_RejectsOldTokens()
    {
        string oldToken;
        await using (var before = await IdentityTestHost.StartAsync(_database.ConnectionString, _oldKey))
        {
            oldToken = (await new IdentityClient(before.Client).NewSessionAsync()).AccessToken;
        }

        await using var after = await IdentityTestHost.StartAsync(_database.ConnectionString, _newKey);

        using var response = await new IdentityClient(after.Client).GetAsync("/api/v1/me", oldToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Jwks_DuringRotation_ListsBothPublicKeysAsEs256EcJwks()
    {
        await using var host = await IdentityTestHost.StartAsync(_database.ConnectionString, _newKey, options => options.SigningKeys.Add(_oldKey.Signing()));

        using var response = await host.Client.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jwk-set+json", response.Content.Headers.ContentType?.MediaType);
        var keys = (await IdentityClient.ReadJsonAsync(response)).GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal(["2026-02", "2026-01"], keys.Select(k => k.GetProperty("kid").GetString()));
        foreach (var (jwk, key) in keys.Zip([_newKey, _oldKey]))
        {
            var parameters = key.Key.ExportParameters(includePrivateParameters: false);
            Assert.Equal(["kty", "crv", "x", "y", "kid", "use", "alg"], jwk.EnumerateObject().Select(p => p.Name));
            Assert.Equal("EC", jwk.GetProperty("kty").GetString());
            Assert.Equal("P-256", jwk.GetProperty("crv").GetString());
            Assert.Equal("sig", jwk.GetProperty("use").GetString());
            Assert.Equal("ES256", jwk.GetProperty("alg").GetString());
            Assert.Equal(System.Buffers.Text.Base64Url.EncodeToString(parameters.Q.X), jwk.GetProperty("x").GetString());
            Assert.Equal(System.Buffers.Text.Base64Url.EncodeToString(parameters.Q.Y), jwk.GetProperty("y").GetString());
        }
    }

    [Fact]
    public async Task Rotation_ActiveSigningKeyIdChosen_SignsWithThatKey()
    {
        await using var host = await IdentityTestHost.StartAsync(_database.ConnectionString, _oldKey, options =>
        {
            options.SigningKeys.Add(_newKey.Signing());
            options.ActiveSigningKeyId = "2026-02";
        });

        var token = (await new IdentityClient(host.Client).NewSessionAsync()).AccessToken;

        Assert.Equal("2026-02", TestTokens.DecodePart(token, 0).GetProperty("kid").GetString());
    }
}
