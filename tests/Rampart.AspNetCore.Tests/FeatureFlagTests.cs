using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.FeatureManagement.AspNetCore;
using Rampart.AspNetCore.FeatureFlags;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class FeatureFlagTests
{
    // Beta: on for user-7 and for every admin, off for everyone else (a targeting filter with no default rollout).
    private static readonly Dictionary<string, string?> Flags = new()
    {
        ["FeatureManagement:Always"] = "true",
        ["FeatureManagement:Never"] = "false",
        ["FeatureManagement:Beta:EnabledFor:0:Name"] = "Microsoft.Targeting",
        ["FeatureManagement:Beta:EnabledFor:0:Parameters:Audience:Users:0"] = "user-7",
        ["FeatureManagement:Beta:EnabledFor:0:Parameters:Audience:Groups:0:Name"] = "admin",
        ["FeatureManagement:Beta:EnabledFor:0:Parameters:Audience:Groups:0:RolloutPercentage"] = "100",
        ["FeatureManagement:Beta:EnabledFor:0:Parameters:Audience:DefaultRolloutPercentage"] = "0",
    };

    private static int _served;

    [Fact]
    public async Task Endpoint_FlagOn_IsServedInsideTheFlagsLogScope()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/gated/always");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(host.Logs.Entries, e => e.Message == "serving the gated endpoint");
        Assert.Equal("on", line.Scope[FeatureFlagNames.ScopeKey("Always")]);
    }

    [Theory]
    [InlineData("/gated/never")]
    [InlineData("/gated/unconfigured")]
    public async Task Endpoint_FlagOffOrUnknown_IsHiddenAsTheNotFoundOfAnUnknownAddress(string path)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();
        var servedBefore = Volatile.Read(ref _served);

        using var gated = await client.GetAsync(path);
        using var unknown = await client.GetAsync("/no/such/address");

        var problem = await ProblemJson.ReadAsync(gated, 404);
        var reference = await ProblemJson.ReadAsync(unknown, 404);
        Assert.Equal(reference.GetProperty("code").GetString(), problem.GetProperty("code").GetString());
        Assert.Equal(reference.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());
        Assert.Equal(servedBefore, Volatile.Read(ref _served));
    }

    [Theory]
    [InlineData(null, null, HttpStatusCode.NotFound)]
    [InlineData("user-7", null, HttpStatusCode.OK)]
    [InlineData("user-8", null, HttpStatusCode.NotFound)]
    [InlineData("user-8", "admin", HttpStatusCode.OK)]
    [InlineData("user-8", "customer", HttpStatusCode.NotFound)]
    public async Task Endpoint_TargetedFlag_IsOnForTheListedUserAndRoleOnly(string? user, string? roles, HttpStatusCode expected)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Request("/gated/beta", user, roles));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/mvc/gated/on", null, null, HttpStatusCode.OK)]
    [InlineData("/api/v1/mvc/gated/off", null, null, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/mvc/gated/beta", null, null, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/mvc/gated/beta", "user-7", null, HttpStatusCode.OK)]
    [InlineData("/api/v1/mvc/gated/beta", "user-9", "admin", HttpStatusCode.OK)]
    public async Task ControllerAction_RequireFeature_GatesLikeTheEndpointFilter(string path, string? user, string? roles, HttpStatusCode expected)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Request(path, user, roles));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.NotFound)
        {
            var problem = await ProblemJson.ReadAsync(response, 404);
            Assert.Equal("http.not_found", problem.GetProperty("code").GetString());
        }
    }

    // ADR 0170: in a Rampart service the library's own gates hide with the same 404 and target through our accessor;
    // what RequireFeature adds is the log scope. If an upgrade changes the first two, the ADR and the docs must change.
    [Theory]
    [InlineData("/gated/library/never", null, null, HttpStatusCode.NotFound)]
    [InlineData("/gated/library/beta", null, null, HttpStatusCode.NotFound)]
    [InlineData("/gated/library/beta", "user-7", null, HttpStatusCode.OK)]
    [InlineData("/gated/library/beta", "user-8", "admin", HttpStatusCode.OK)]
    [InlineData("/api/v1/mvc/gated/library/off", null, null, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/mvc/gated/library/beta", "user-9", "admin", HttpStatusCode.OK)]
    public async Task LibraryFeatureGate_InARampartService_HidesAndTargetsLikeRequireFeature(string path, string? user, string? roles, HttpStatusCode expected)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Request(path, user, roles));
        using var unknown = await client.GetAsync("/no/such/address");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.NotFound)
        {
            var problem = await ProblemJson.ReadAsync(response, 404);
            var reference = await ProblemJson.ReadAsync(unknown, 404);
            Assert.Equal(reference.GetProperty("code").GetString(), problem.GetProperty("code").GetString());
            Assert.Equal(reference.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task LibraryFeatureGate_FlagOn_ServesWithoutTheFlagsLogScope()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/gated/library/always");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(host.Logs.Entries, e => e.Message == "serving the gated endpoint");
        Assert.False(line.Scope.ContainsKey(FeatureFlagNames.ScopeKey("Always")));
    }

    private static HttpRequestMessage Request(string path, string? user, string? roles)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
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

    private static Task<SampleHost> StartAsync() => SampleHost.StartAsync(settings: Flags, controllers: true, endpoints: app =>
    {
        var gated = app.MapGroup("/gated");
        gated.MapGet("/always", Serve).RequireFeature("Always");
        gated.MapGet("/never", Serve).RequireFeature("Never");
        gated.MapGet("/unconfigured", Serve).RequireFeature("Unconfigured");
        gated.MapGet("/beta", Serve).RequireFeature("Beta");
        gated.MapGet("/library/always", Serve).WithFeatureGate("Always");
        gated.MapGet("/library/never", Serve).WithFeatureGate("Never");
        gated.MapGet("/library/beta", Serve).WithFeatureGate("Beta");
    });

    private static IResult Serve(ILoggerFactory loggers)
    {
        Interlocked.Increment(ref _served);
        loggers.CreateLogger("Gated").LogInformation("serving the gated endpoint");
        return Results.Ok();
    }
}
