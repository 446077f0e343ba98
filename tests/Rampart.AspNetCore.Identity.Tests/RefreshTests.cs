using System.Net;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class RefreshTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    [Fact]
    public async Task Refresh_FreshToken_ReturnsNewWorkingPair()
    {
        var session = await _client.NewSessionAsync();

        using var response = await _client.RefreshAsync(session.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var next = await IdentityClient.ReadSessionAsync(response, session.Email);
        Assert.NotEqual(session.RefreshToken, next.RefreshToken);
        using var me = await _client.GetAsync("/api/v1/me", next.AccessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        using var again = await _client.RefreshAsync(next.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Refresh_SpentToken_Returns401RevokesFamilyAndLogsSecurityEvent()
    {
        var session = await _client.NewSessionAsync();
        using var first = await _client.RefreshAsync(session.RefreshToken);
        var next = await IdentityClient.ReadSessionAsync(first, session.Email);
        var reuseEventsBefore = ReuseEvents();

        using var reuse = await _client.RefreshAsync(session.RefreshToken);
        using var afterReuse = await _client.RefreshAsync(next.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal("identity.invalid_refresh_token", await IdentityClient.ReadCodeAsync(reuse));
        Assert.Equal(HttpStatusCode.Unauthorized, afterReuse.StatusCode);
        Assert.True(ReuseEvents() > reuseEventsBefore, "a reuse is logged as a security event");
    }

    [Fact]
    public async Task Refresh_OtherFamiliesOfSameUser_SurviveAReuse()
    {
        var email = IdentityClient.NewEmail();
        (await _client.RegisterAsync(email)).EnsureSuccessStatusCode();
        var phone = await _client.SignInAsync(email);
        var laptop = await _client.SignInAsync(email);
        (await _client.RefreshAsync(phone.RefreshToken)).EnsureSuccessStatusCode();

        using var reuse = await _client.RefreshAsync(phone.RefreshToken);
        using var laptopRefresh = await _client.RefreshAsync(laptop.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, laptopRefresh.StatusCode);
    }

    [Fact]
    public async Task Refresh_ConcurrentUseOfOneToken_ExactlyOneWins()
    {
        var session = await _client.NewSessionAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _client.RefreshAsync(session.RefreshToken)));

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        // A token presented twice is a reuse however close together: the losers revoke the family, the winner's new token included.
        var next = await IdentityClient.ReadSessionAsync(winner, session.Email);
        using var afterRace = await _client.RefreshAsync(next.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRace.StatusCode);
    }

    [Fact]
    public async Task Refresh_ExpiredToken_Returns401()
    {
        var session = await _client.NewSessionAsync();
        fixture.Host.Time.Advance(TimeSpan.FromDays(14) + TimeSpan.FromSeconds(1));

        using var response = await _client.RefreshAsync(session.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public async Task Refresh_UnknownOrMalformedToken_Returns401(string token)
    {
        using var response = await _client.RefreshAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("identity.invalid_refresh_token", await IdentityClient.ReadCodeAsync(response));
    }

    [Fact]
    public async Task Logout_OwnToken_Returns204AndRevokesFamily()
    {
        var session = await _client.NewSessionAsync();
        using var rotated = await _client.RefreshAsync(session.RefreshToken);
        var next = await IdentityClient.ReadSessionAsync(rotated, session.Email);

        using var logout = await _client.LogoutAsync(next.AccessToken, next.RefreshToken);
        using var refresh = await _client.RefreshAsync(next.RefreshToken);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task Logout_WithoutAccessToken_Returns401()
    {
        var session = await _client.NewSessionAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, "/api/v1/auth/logout", accessToken: null,
            System.Net.Http.Json.JsonContent.Create(new { refreshToken = session.RefreshToken }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var refresh = await _client.RefreshAsync(session.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task Logout_SomeoneElsesRefreshToken_DoesNotRevokeIt()
    {
        var victim = await _client.NewSessionAsync();
        var attacker = await _client.NewSessionAsync();

        using var logout = await _client.LogoutAsync(attacker.AccessToken, victim.RefreshToken);
        using var refresh = await _client.RefreshAsync(victim.RefreshToken);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    private int ReuseEvents() => fixture.Host.Logs.Entries.Count(e => e.EventId.Id == 4001 && e.Level == LogLevel.Warning);

    [Fact]
    public async Task Logout_MissingRefreshToken_Returns400()
    {
        var session = await _client.NewSessionAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, "/api/v1/auth/logout", session.AccessToken,
            System.Net.Http.Json.JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("identity.refresh_token_required", await IdentityClient.ReadCodeAsync(response));
    }
}
