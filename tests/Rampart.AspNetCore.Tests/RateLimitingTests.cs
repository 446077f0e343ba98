using System.Globalization;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class RateLimitingTests
{
    private static Dictionary<string, string?> Limits(int anonymous, int authenticated = 1000, int admin = 10_000) => new()
    {
        ["Rampart:RateLimiting:Anonymous:PermitLimit"] = anonymous.ToString(CultureInfo.InvariantCulture),
        ["Rampart:RateLimiting:Anonymous:Window"] = "00:10:00",
        ["Rampart:RateLimiting:Authenticated:PermitLimit"] = authenticated.ToString(CultureInfo.InvariantCulture),
        ["Rampart:RateLimiting:Authenticated:Window"] = "00:10:00",
        ["Rampart:RateLimiting:Roles:admin:PermitLimit"] = admin.ToString(CultureInfo.InvariantCulture),
        ["Rampart:RateLimiting:Roles:admin:Window"] = "00:10:00",
        ["Rampart:ForwardedHeaders:TrustedProxies:0"] = "127.0.0.1",
    };

    private static HttpRequestMessage Get(string path, string? clientIp = null, string? user = null, string? roles = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (clientIp is not null)
        {
            request.Headers.Add("X-Forwarded-For", clientIp);
        }

        if (user is not null)
        {
            request.Headers.Add(TestAuthenticationHandler.UserHeader, user);
        }

        if (roles is not null)
        {
            request.Headers.Add(TestAuthenticationHandler.RolesHeader, roles);
        }

        return request;
    }

    private static async Task<int> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            return (int)response.StatusCode;
        }
    }

    private static async Task<List<int>> SendThriceAsync(HttpClient client, Func<HttpRequestMessage> request)
    {
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await SendAsync(client, request()));
        }

        return statuses;
    }

    [Fact]
    public async Task Protected_UnauthenticatedCalls_CountAgainstTheIpUntil429()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 2));
        using var client = host.CreateClient();

        var statuses = await SendThriceAsync(client, () => Get("/protected", "203.0.113.7"));

        Assert.Equal([401, 401, 429], statuses);
    }

    [Fact]
    public async Task Protected_ForgedCredentials_CountAgainstTheIpUntil429()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 2));
        using var client = host.CreateClient();

        var statuses = await SendThriceAsync(client, () =>
        {
            var request = Get("/protected", "203.0.113.8", user: "mallory");
            request.Headers.Add(TestAuthenticationHandler.ForgedHeader, "1");
            return request;
        });

        Assert.Equal([401, 401, 429], statuses);
    }

    [Fact]
    public async Task AdminRoute_ForbiddenCalls_CountAgainstTheUserUntil429()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 100, authenticated: 2));
        using var client = host.CreateClient();

        var statuses = await SendThriceAsync(client, () => Get("/admin", "203.0.113.9", user: "ada", roles: "customer"));

        Assert.Equal([403, 403, 429], statuses);
    }

    [Fact]
    public async Task Anonymous_OverTheLimit_Answers429ProblemWithRetryAfter()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 2));
        using var client = host.CreateClient();

        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.1")));
        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.1")));
        using var request = Get("/me", "203.0.113.1");
        using var rejected = await client.SendAsync(request);

        var problem = await ProblemJson.ReadAsync(rejected, 429);
        Assert.Equal("http.rate_limited", problem.GetProperty("code").GetString());
        var retryAfter = int.Parse(rejected.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
    }

    [Fact]
    public async Task Anonymous_DifferentClientIpsBehindTheTrustedProxy_HaveSeparateBuckets()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 1));
        using var client = host.CreateClient();

        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.1")));
        Assert.Equal(429, await SendAsync(client, Get("/me", "203.0.113.1")));
        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.2")));
        Assert.Equal(429, await SendAsync(client, Get("/me", "203.0.113.2")));
    }

    [Fact]
    public async Task Anonymous_ForwardedForFromAnUntrustedSender_IsIgnored()
    {
        var settings = Limits(anonymous: 1);
        settings["Rampart:ForwardedHeaders:TrustedProxies:0"] = "10.9.9.9";
        await using var host = await SampleHost.StartAsync(settings: settings);
        using var client = host.CreateClient();

        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.1")));
        Assert.Equal(429, await SendAsync(client, Get("/me", "203.0.113.2")));
    }

    [Fact]
    public async Task Authenticated_UsersHaveSeparateBucketsFromEachOtherAndFromTheirIp()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 1, authenticated: 2));
        using var client = host.CreateClient();

        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.1")));
        Assert.Equal(429, await SendAsync(client, Get("/me", "203.0.113.1")));
        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.1", user: "alice")));
        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.9", user: "alice")));
        Assert.Equal(429, await SendAsync(client, Get("/me", "203.0.113.1", user: "alice")));
        Assert.Equal(200, await SendAsync(client, Get("/me", "203.0.113.1", user: "bob")));
    }

    [Fact]
    public async Task Admin_GetsTheRoleLimit()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 1, authenticated: 1, admin: 3));
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, await SendAsync(client, Get("/me", user: "root", roles: "customer,admin")));
        }

        Assert.Equal(429, await SendAsync(client, Get("/me", user: "root", roles: "customer,admin")));
    }

    [Fact]
    public async Task ConcurrentRequests_AtTheBoundary_NeverAdmitMoreThanTheLimit()
    {
        const int limit = 10;
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: limit));
        using var client = host.CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => SendAsync(client, Get("/me", "198.51.100.7"))));

        Assert.Equal(limit, statuses.Count(s => s == 200));
        Assert.Equal(40 - limit, statuses.Count(s => s == 429));
    }

    [Fact]
    public async Task HealthEndpoints_AreNotRateLimited()
    {
        await using var host = await SampleHost.StartAsync(settings: Limits(anonymous: 1));
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, await SendAsync(client, Get("/health/live", "203.0.113.1")));
        }
    }
}
