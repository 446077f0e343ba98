using System.Net;
#if RAMPART_EXAMPLE_SHOP
using System.Text.Json;
#endif
using Rampart.AspNetCore.OpenApi;
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

    // The seeds' API-docs checklist: every operation states its access, its problem responses, its rate limit, the
    // headers it checks and examples. An endpoint added without them fails here; the checklist says what is missing.
    [Theory]
    [InlineData("v1")]
#if RAMPART_EXAMPLE_SHOP
    [InlineData("v2")]
#endif
    public async Task OpenApi_EveryOperationAnswersTheApiDocsChecklist(string version)
    {
        using var client = app.CreateClient();

        var document = await client.GetStringAsync(new Uri($"/openapi/{version}.json", UriKind.Relative));

        var gaps = OpenApiChecklist.Check(document);
        Assert.True(gaps.Count == 0, $"{gaps.Count} gaps in /openapi/{version}.json:\n{string.Join('\n', gaps)}");
    }

#if RAMPART_EXAMPLE_SHOP
    [Fact]
    public async Task OpenApi_DocumentsTheContractsHeadersAndRoles()
    {
        using var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths");
        var update = paths.GetProperty("/api/v1/products/{id}").GetProperty("patch");
        Assert.True(Header(update, "If-Match").GetProperty("required").GetBoolean(), "PATCH needs If-Match");
        // The use cases check roles (Application), and the endpoints declare the same policy (the edge turns others away
        // early): the document names the scheme with its role, and the 403.
        Assert.Equal(["Bearer: admin"], Requirements(update));
        Assert.True(update.GetProperty("responses").TryGetProperty("403", out _));
        Assert.True(Header(paths.GetProperty("/api/v1/products").GetProperty("post"), "Idempotency-Key").ValueKind == JsonValueKind.Object);
        var place = paths.GetProperty("/api/v1/orders").GetProperty("post");
        Assert.True(Header(place, "Idempotency-Key").ValueKind == JsonValueKind.Object);
        Assert.Equal(["Bearer: customer"], Requirements(place));
        Assert.True(place.TryGetProperty("x-rate-limit", out _), "its rate limit (off in the tests' settings, so limited: false here)");
        Assert.Empty(paths.GetProperty("/api/v1/products").GetProperty("get").GetProperty("security")[0].EnumerateObject());
    }

    private static JsonElement Header(JsonElement operation, string name) =>
        operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("in").GetString() == "header" && p.GetProperty("name").GetString() == name);

    // "scheme: role, role" for each scheme the operation requires.
    private static IEnumerable<string> Requirements(JsonElement operation) =>
        operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject())
            .Select(s => $"{s.Name}: {string.Join(", ", s.Value.EnumerateArray().Select(role => role.GetString()))}");
#endif

    [Fact]
    public async Task UnknownRoute_Returns404AsProblemJson()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-route", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
