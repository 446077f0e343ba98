using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class ValidatedTokenCacheTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    [Fact]
    public async Task Protected_CachedTokenPastExpiryAndSkew_Returns401()
    {
        var session = await _client.NewSessionAsync();
        using var first = await _client.GetAsync("/api/v1/me", session.AccessToken);
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(31));

        using var expired = await _client.GetAsync("/api/v1/me", session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("identity.invalid_token", await IdentityClient.ReadCodeAsync(expired));
    }

    [Fact]
    public async Task Protected_CachedTokenWithinSkewAfterExpiry_IsAccepted()
    {
        var session = await _client.NewSessionAsync();
        using var first = await _client.GetAsync("/api/v1/me", session.AccessToken);
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(20));

        using var again = await _client.GetAsync("/api/v1/me", session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Protected_AlteredCopyOfACachedToken_Returns401()
    {
        var session = await _client.NewSessionAsync();
        using var first = await _client.GetAsync("/api/v1/me", session.AccessToken);
        var token = session.AccessToken;
        var altered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        using var response = await _client.GetAsync("/api/v1/me", altered);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Validate_Hit_HandsOutItsOwnCopyOfTheIdentity()
    {
        var (handler, parameters) = LocalHandler();
        var token = (await _client.NewSessionAsync()).AccessToken;

        var first = await handler.ValidateTokenAsync(token, parameters);
        first.ClaimsIdentity.AddClaim(new Claim("injected", "by a claims transformation"));
        var second = await handler.ValidateTokenAsync(token, parameters);

        Assert.True(second.IsValid);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Null(second.ClaimsIdentity.FindFirst("injected"));
    }

    [Fact]
    public async Task Validate_AtCapacity_StaysBoundedAndStillValidates()
    {
        var handler = new RampartTokenHandler(new TokenRules("sub", null, TimeSpan.FromMinutes(15), CacheCapacity: 2), fixture.Host.Time);
        var (_, parameters) = LocalHandler();
        var tokens = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            tokens.Add((await _client.NewSessionAsync()).AccessToken);
        }

        var results = new List<bool>();
        foreach (var token in tokens)
        {
            results.Add((await handler.ValidateTokenAsync(token, parameters)).IsValid);
        }

        Assert.All(results, Assert.True);
        Assert.InRange(handler.CachedCount, 1, 2);
    }

    [Fact]
    public async Task Validate_CacheOff_KeepsNothing()
    {
        var handler = new RampartTokenHandler(new TokenRules("sub", null, TimeSpan.FromMinutes(15), CacheCapacity: 0), fixture.Host.Time);
        var (_, parameters) = LocalHandler();
        var token = (await _client.NewSessionAsync()).AccessToken;

        var result = await handler.ValidateTokenAsync(token, parameters);

        Assert.True(result.IsValid);
        Assert.Equal(0, handler.CachedCount);
    }

    private (RampartTokenHandler Handler, TokenValidationParameters Parameters) LocalHandler()
    {
        var options = fixture.Host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(RampartAuthenticationDefaults.LocalScheme);
        return ((RampartTokenHandler)options.TokenHandlers.Single(), options.TokenValidationParameters);
    }
}
