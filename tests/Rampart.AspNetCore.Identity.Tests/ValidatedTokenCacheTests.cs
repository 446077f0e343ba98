using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Validate_Hit_HandsOutItsOwnCopyOfThePrincipal()
    {
        var cache = fixture.Host.Services.GetRequiredService<ValidatedTokenCache>();
        var token = (await _client.NewSessionAsync()).AccessToken;

        var first = cache.Validate(token);
        ((ClaimsIdentity)first.Principal!.Identity!).AddClaim(new Claim("injected", "by a claims transformation"));
        var second = cache.Validate(token);

        Assert.True(second.Succeeded);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.Null(second.Principal!.FindFirst("injected"));
    }

    [Fact]
    public async Task Validate_AtCapacity_StaysBoundedAndStillValidates()
    {
        var services = fixture.Host.Services;
        var cache = new ValidatedTokenCache(services.GetRequiredService<AccessTokenValidator>(), services.GetRequiredService<TimeProvider>(), capacity: 2);
        var tokens = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            tokens.Add((await _client.NewSessionAsync()).AccessToken);
        }

        var results = tokens.Select(cache.Validate).ToList();

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.InRange(cache.Count, 1, 2);
    }

    [Fact]
    public async Task Validate_CacheOff_KeepsNothing()
    {
        var services = fixture.Host.Services;
        var cache = new ValidatedTokenCache(services.GetRequiredService<AccessTokenValidator>(), services.GetRequiredService<TimeProvider>(), capacity: 0);
        var token = (await _client.NewSessionAsync()).AccessToken;

        var result = cache.Validate(token);

        Assert.True(result.Succeeded);
        Assert.Equal(0, cache.Count);
    }
}
