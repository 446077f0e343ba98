using System.Text.Json;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class OpenApiTests
{
    [Fact]
    public async Task Document_DescribesEnvelopesAndProblemResponses()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(200, (int)response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var post = document.RootElement.GetProperty("paths").GetProperty("/api/v1/widgets").GetProperty("post");
        var responses = post.GetProperty("responses");
        foreach (var status in new[] { "400", "413", "415", "429", "500" })
        {
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }

        var created = responses.GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetRawText();
        Assert.Contains("DataEnvelopeOfWidget", created, StringComparison.Ordinal);
        Assert.False(document.RootElement.GetProperty("paths").TryGetProperty("/health/live", out _));
    }

    [Fact]
    public async Task Document_ProtectedOperations_CarryTheBearerSchemeAndOpenOnesTheEmptyRequirement()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal("JWT", scheme.GetProperty("bearerFormat").GetString());
        var paths = root.GetProperty("paths");
        var secured = paths.GetProperty("/protected").GetProperty("get").GetProperty("security");
        Assert.True(Assert.Single(secured.EnumerateArray()).TryGetProperty("Bearer", out _));
        Assert.True(paths.GetProperty("/admin").GetProperty("get").TryGetProperty("security", out _));
        Assert.True(paths.GetProperty("/api/v1/vault").GetProperty("post").TryGetProperty("security", out _), "a group's root route");
        Assert.True(paths.GetProperty("/api/v1/vault/{id}").GetProperty("get").TryGetProperty("security", out _), "a route with a constraint");
        var open = Assert.Single(paths.GetProperty("/api/v1/widgets").GetProperty("post").GetProperty("security").EnumerateArray());
        Assert.Empty(open.EnumerateObject());
    }

    [Fact]
    public async Task DocsPage_IsScalarServedByTheServiceAndPointsAtTheDocument()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/docs");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("\"preferredSecurityScheme\":[\"Bearer\"]", html, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, src => Assert.DoesNotContain("://", src, StringComparison.Ordinal));
        foreach (var src in scripts)
        {
            using var script = await client.GetAsync(new Uri(response.RequestMessage!.RequestUri!, src));
            Assert.Equal(200, (int)script.StatusCode);
        }
    }
}
