using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>Every way to present a token that was not issued, or is no longer valid, is a 401 with the invalid_token challenge.</summary>
public sealed class AccessTokenForgeryTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    public static TheoryData<string> Forgeries =>
    [
        "tampered-payload", "tampered-signature", "alg-none", "alg-none-with-signature", "hs256-with-public-key", "es384-label",
        "der-signature", "unknown-kid", "missing-kid", "other-key-same-kid", "wrong-audience", "wrong-issuer", "audience-array-without-ours",
        "expired", "not-yet-valid", "missing-exp", "missing-sub", "crit-header", "wrong-typ", "two-parts", "not-base64", "duplicate-alg",
        "oversized", "four-parts", "short-signature", "long-signature", "payload-not-object",
        "duplicate-exp", "exp-string", "exp-huge", "exp-year-10000", "exp-beyond-issued-lifetime", "nbf-string", "sub-not-uuid",
    ];

    [Fact]
    public async Task Protected_ValidForgedShapeSignedWithRealKey_IsAccepted()
    {
        // The control: the forging helper itself produces tokens the service accepts, so each refusal below is for its one defect.
        var token = TestTokens.SignEs256(TestTokens.Header(fixture.Key.KeyId), Claims(), fixture.Key.Key);

        using var response = await _client.GetAsync("/api/v1/me", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Protected_ForgedOrInvalidToken_Returns401InvalidToken(string forgery)
    {
        var token = Forge(forgery);

        using var response = await _client.GetAsync("/api/v1/me", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal("identity.invalid_token", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task Protected_SubjectInAnotherUuidFormat_IsTheCanonicalUserId()
    {
        var userId = Guid.CreateVersion7();
        var claims = TestTokens.Claims(userId, fixture.Host.Time.GetUtcNow());
        claims["sub"] = userId.ToString("B").ToUpperInvariant();

        using var response = await _client.GetAsync("/api/v1/me", TestTokens.SignEs256(TestTokens.Header(fixture.Key.KeyId), claims, fixture.Key.Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(userId.ToString(), (await IdentityClient.ReadJsonAsync(response)).GetProperty("data").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Protected_AudienceArrayThatHoldsOurs_IsAccepted()
    {
        var claims = Claims();
        claims["aud"] = new JsonArray("other-api", IdentityTestHost.Audience);

        using var response = await _client.GetAsync("/api/v1/me", TestTokens.SignEs256(TestTokens.Header(fixture.Key.KeyId), claims, fixture.Key.Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Protected_SameTokenManyTimesConcurrently_AlwaysAccepted()
    {
        var token = TestTokens.SignEs256(TestTokens.Header(fixture.Key.KeyId), Claims(), fixture.Key.Key);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await _client.GetAsync("/api/v1/me", token);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task AdminRoute_ForgedAdminRoleSignedWithOtherKey_Returns401()
    {
        using var attacker = new TestKey(fixture.Key.KeyId);
        var token = TestTokens.SignEs256(TestTokens.Header(fixture.Key.KeyId), Claims(), attacker.Key);

        using var response = await _client.GetAsync("/api/v1/admin/ping", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private string SignRaw(string header, string payload)
    {
        var input = header + "." + payload;
        return input + "." + System.Buffers.Text.Base64Url.EncodeToString(fixture.Key.Key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256));
    }

    private JsonObject Claims() => TestTokens.Claims(Guid.CreateVersion7(), fixture.Host.Time.GetUtcNow());

    private string Forge(string forgery)
    {
        var key = fixture.Key;
        var header = TestTokens.Header(key.KeyId);
        var claims = Claims();
        var now = fixture.Host.Time.GetUtcNow();
        string Sign() => TestTokens.SignEs256(header, claims, key.Key);
        switch (forgery)
        {
            case "tampered-payload":
                var valid = Sign().Split('.');
                claims["sub"] = Guid.CreateVersion7().ToString();
                return valid[0] + "." + TestTokens.Encode(claims) + "." + valid[2];
            case "tampered-signature":
                var parts = Sign().Split('.');
                var signature = parts[2].ToCharArray();
                signature[10] = signature[10] == 'A' ? 'B' : 'A';
                return parts[0] + "." + parts[1] + "." + new string(signature);
            case "alg-none":
                header["alg"] = "none";
                return TestTokens.WithoutSignature(header, claims);
            case "alg-none-with-signature":
                header["alg"] = "none";
                return TestTokens.WithoutSignature(header, claims) + "c2lnbmF0dXJl";
            case "hs256-with-public-key":
                header["alg"] = "HS256";
                return TestTokens.SignHs256(header, claims, Encoding.ASCII.GetBytes(key.PublicPem));
            case "es384-label":
                header["alg"] = "ES384";
                return Sign();
            case "der-signature":
                var input = TestTokens.Encode(header) + "." + TestTokens.Encode(claims);
                var der = key.Key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
                return input + "." + System.Buffers.Text.Base64Url.EncodeToString(der);
            case "unknown-kid":
                header["kid"] = "key-unknown";
                return Sign();
            case "missing-kid":
                header.Remove("kid");
                return Sign();
            case "other-key-same-kid":
                using (var other = new TestKey(key.KeyId))
                {
                    return TestTokens.SignEs256(header, claims, other.Key);
                }

            case "wrong-audience":
                claims["aud"] = "another-api";
                return Sign();
            case "wrong-issuer":
                claims["iss"] = "https://evil.test";
                return Sign();
            case "audience-array-without-ours":
                claims["aud"] = new JsonArray("another-api", "third-api");
                return Sign();
            case "expired":
                claims["exp"] = now.AddSeconds(-31).ToUnixTimeSeconds();
                return Sign();
            case "not-yet-valid":
                claims["nbf"] = now.AddSeconds(31).ToUnixTimeSeconds();
                return Sign();
            case "missing-exp":
                claims.Remove("exp");
                return Sign();
            case "missing-sub":
                claims.Remove("sub");
                return Sign();
            case "crit-header":
                header["crit"] = new JsonArray("exp");
                return Sign();
            case "wrong-typ":
                header["typ"] = "refresh+jwt";
                return Sign();
            case "two-parts":
                var three = Sign().Split('.');
                return three[0] + "." + three[1];
            case "not-base64":
                return "!!!." + Sign().Split('.')[1] + ".###";
            case "duplicate-alg":
                var duplicate = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"alg":"none","alg":"ES256","kid":"{{key.KeyId}}"}"""));
                var signed = duplicate + "." + TestTokens.Encode(claims);
                return signed + "." + System.Buffers.Text.Base64Url.EncodeToString(key.Key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256));
            case "oversized":
                claims["padding"] = new string('x', 9000);
                return Sign();
            case "four-parts":
                return Sign() + ".e30";
            case "short-signature":
            case "long-signature":
                var unsigned = Sign();
                var length = forgery == "short-signature" ? 63 : 65;
                return unsigned[..(unsigned.LastIndexOf('.') + 1)] + System.Buffers.Text.Base64Url.EncodeToString(new byte[length]);
            case "payload-not-object":
                return SignRaw(TestTokens.Encode(header), TestTokens.Encode(new JsonArray("sub")));
            case "duplicate-exp":
                var json = claims.ToJsonString();
                var twice = json[..^1] + $",\"exp\":{now.AddYears(5).ToUnixTimeSeconds()}}}";
                return SignRaw(TestTokens.Encode(header), System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(twice)));
            case "exp-string":
                claims["exp"] = "tomorrow";
                return Sign();
            case "exp-huge":
                claims["exp"] = 1e20;
                return Sign();
            case "exp-year-10000":
                claims["exp"] = 253_402_300_800L;
                return Sign();
            case "exp-beyond-issued-lifetime":
                claims["exp"] = now.AddDays(1).ToUnixTimeSeconds();
                return Sign();
            case "nbf-string":
                claims["nbf"] = "now";
                return Sign();
            case "sub-not-uuid":
                claims["sub"] = "auth0|5f7c8ec7c33c6c004bbafe82";
                return Sign();
            default:
                throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null);
        }
    }
}
