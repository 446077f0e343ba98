using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/me")]
    [InlineData("/throw")]
    [InlineData("/nowhere")]
    public async Task Response_OnSuccessAndErrorPaths_CarriesTheSecurityHeaders(string path)
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Cors_ByDefault_AllowsNoOrigin()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/me");
        request.Headers.Add("Origin", "https://evil.example.com");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_ConfiguredOrigin_IsAllowedAndOthersAreNot()
    {
        await using var host = await SampleHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Rampart:Cors:AllowedOrigins:0"] = "https://shop.example.com",
        });
        using var client = host.CreateClient();
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/me");
        allowed.Headers.Add("Origin", "https://shop.example.com");
        using var denied = new HttpRequestMessage(HttpMethod.Get, "/me");
        denied.Headers.Add("Origin", "https://evil.example.com");

        using var allowedResponse = await client.SendAsync(allowed);
        using var deniedResponse = await client.SendAsync(denied);

        Assert.Equal("https://shop.example.com", allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(deniedResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
