using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>Another service trusts our tokens with nothing but a stock JWT bearer handler pointed at our discovery document.</summary>
public sealed class DiscoveryTests(DiscoveryTests.Fixture fixture) : IClassFixture<DiscoveryTests.Fixture>
{
    [Fact]
    public async Task Discovery_Document_NamesTheIssuerAndAnAbsoluteJwksUri()
    {
        using var response = await fixture.Host.Client.GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await IdentityClient.ReadJsonAsync(response);
        Assert.Equal(IdentityTestHost.Issuer, document.GetProperty("issuer").GetString());
        Assert.Equal(new Uri(fixture.Host.Client.BaseAddress!, "/.well-known/jwks.json").ToString(), document.GetProperty("jwks_uri").GetString());
        Assert.Equal(["ES256"], document.GetProperty("id_token_signing_alg_values_supported").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task OtherService_StockJwtBearerWithOurAuthority_AcceptsOurTokenAndRefusesAForgery()
    {
        var token = (await fixture.Client.NewSessionAsync()).AccessToken;
        await using var other = await StartOtherServiceAsync(fixture.Host.Client.BaseAddress!.ToString());
        using var client = new HttpClient { BaseAddress = new Uri(other.Urls.Single()) };

        using var accepted = await SendAsync(client, token);
        using var refused = await SendAsync(client, token[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static async Task<WebApplication> StartOtherServiceAsync(string authority)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAuthentication().AddJwtBearer(options =>
        {
            options.Authority = authority;
            options.Audience = IdentityTestHost.Audience;
            options.RequireHttpsMetadata = false;
        });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.MapGet("/orders", () => Results.Ok()).RequireAuthorization();
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orders");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    /// <summary>A host of its own: no other test moves its clock, since the other service validates lifetimes against the real one.</summary>
    public sealed class Fixture : IdentityHostFixture
    {
    }
}
