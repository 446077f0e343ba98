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
    public async Task DocsPage_IsSelfContainedAndPointsAtTheDocument()
    {
        await using var host = await SampleHost.StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/docs");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("/openapi/v1.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
    }
}
