using System.Net;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Platform;

public sealed class PlatformTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/docs")]
    public async Task PlatformEndpoint_DatabaseUp_Returns200(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task OpenApi_DescribesEveryRoute()
    {
        using var client = app.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

#if RAMPART_EXAMPLE_SHOP
        string[] paths = ["/api/v1/products", "/api/v1/products/{id}", "/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/orders/{id}/cancel", "/api/v1/auth/register", "/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/auth/logout"];
#else
        string[] paths = ["/api/v1/auth/register", "/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/auth/logout"];
#endif
        foreach (var path in paths)
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownRoute_Returns404AsProblemJson()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-route", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
