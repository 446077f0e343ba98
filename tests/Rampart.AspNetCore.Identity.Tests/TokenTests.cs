using System.Net;
using System.Net.Http.Json;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class TokenTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    [Fact]
    public async Task Token_RightPassword_ReturnsBearerPairThatAuthenticates()
    {
        var email = IdentityClient.NewEmail();
        (await _client.RegisterAsync(email)).EnsureSuccessStatusCode();

        using var response = await _client.TokenAsync(email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var data = (await IdentityClient.ReadJsonAsync(response)).GetProperty("data");
        Assert.Equal("Bearer", data.GetProperty("tokenType").GetString());
        Assert.Equal(900, data.GetProperty("expiresIn").GetInt32());
        Assert.Equal(43, data.GetProperty("refreshToken").GetString()!.Length);
        using var me = await _client.GetAsync("/api/v1/me", data.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(email, (await IdentityClient.ReadJsonAsync(me)).GetProperty("data").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Token_AccessToken_IsEs256JwtWithKidIssuerAudienceAndFifteenMinutes()
    {
        var session = await _client.NewSessionAsync();

        var header = TestTokens.DecodePart(session.AccessToken, 0);
        var payload = TestTokens.DecodePart(session.AccessToken, 1);

        Assert.Equal("ES256", header.GetProperty("alg").GetString());
        Assert.Equal(fixture.Key.KeyId, header.GetProperty("kid").GetString());
        Assert.Equal(IdentityTestHost.Issuer, payload.GetProperty("iss").GetString());
        Assert.Equal(IdentityTestHost.Audience, payload.GetProperty("aud").GetString());
        Assert.Equal(15 * 60, payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
        Assert.Equal(64, Convert.FromBase64String(Pad(session.AccessToken.Split('.')[2])).Length);
    }

    [Fact]
    public async Task Token_WrongPasswordAndUnknownEmail_AnswerIdentically()
    {
        var email = IdentityClient.NewEmail();
        (await _client.RegisterAsync(email)).EnsureSuccessStatusCode();

        using var wrongPassword = await _client.TokenAsync(email, "Not-The-Password-1");
        using var unknownEmail = await _client.TokenAsync(IdentityClient.NewEmail(), "Not-The-Password-1");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, unknownEmail.StatusCode);
        Assert.Equal(Headers(wrongPassword), Headers(unknownEmail));
        Assert.Equal(await BodyWithoutTraceIdAsync(wrongPassword), await BodyWithoutTraceIdAsync(unknownEmail));
        Assert.Equal("identity.invalid_credentials", await IdentityClient.ReadCodeAsync(unknownEmail));
    }

    [Fact]
    public async Task Token_EmailInOtherCase_SignsIn()
    {
        var email = IdentityClient.NewEmail();
        (await _client.RegisterAsync(email)).EnsureSuccessStatusCode();

        using var response = await _client.TokenAsync(email.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_MissingFields_Returns401NotA500()
    {
        using var response = await _client.Http.PostAsJsonAsync("/api/v1/auth/token", new { email = "x@shop.test" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Protected_NoToken_Returns401ProblemWithBearerChallenge()
    {
        using var response = await _client.GetAsync("/api/v1/me", accessToken: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal("identity.unauthenticated", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task Protected_ExpiredAccessToken_Returns401InvalidToken()
    {
        var session = await _client.NewSessionAsync();
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(31));

        using var response = await _client.GetAsync("/api/v1/me", session.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal("identity.invalid_token", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task Protected_AccessTokenWithinClockSkewAfterExpiry_IsAccepted()
    {
        var session = await _client.NewSessionAsync();
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(20));

        using var response = await _client.GetAsync("/api/v1/me", session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Pad(string base64Url)
    {
        var padded = base64Url.Replace('-', '+').Replace('_', '/');
        return padded + new string('=', (4 - (padded.Length % 4)) % 4);
    }

    private static string Headers(HttpResponseMessage response) => string.Join("\n",
        response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Content-Length"))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => h.Key + ": " + string.Join(",", h.Value)));

    private static async Task<string> BodyWithoutTraceIdAsync(HttpResponseMessage response)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(body.Remove("traceId"));
        return body.ToJsonString();
    }
}
