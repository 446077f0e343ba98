using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Tests.Sample;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class VersioningTests
{
    private static readonly DateTimeOffset Deprecated = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Sunset = new(2027, 6, 30, 0, 0, 0, TimeSpan.Zero);
    private const string MigrationNotes = "https://example.com/docs/gadgets-v2";

    private static readonly Dictionary<string, string?> Retirement = new()
    {
        ["Rampart:Versioning:Deprecated:1:Date"] = Deprecated.ToString("O", CultureInfo.InvariantCulture),
        ["Rampart:Versioning:Deprecated:1:Sunset"] = Sunset.ToString("O", CultureInfo.InvariantCulture),
        ["Rampart:Versioning:Deprecated:1:Link"] = MigrationNotes,
    };

    [Theory]
    [InlineData("/api/v{0}/gadgets/{1}")]
    [InlineData("/api/v{0}/mvc/gadgets/{1}")]
    public async Task Endpoint_V1AndV2_AreServedSideBySideWithTheirOwnShapes(string template)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();
        var id = Guid.CreateVersion7();

        using var v1 = await client.GetAsync(Path(template, 1, id));
        using var v2 = await client.GetAsync(Path(template, 2, id));

        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
        var price1 = (await DataAsync(v1)).GetProperty("price");
        var price2 = (await DataAsync(v2)).GetProperty("price");
        Assert.Equal(12.5m, price1.GetDecimal());
        Assert.Equal(12.5m, price2.GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", price2.GetProperty("currency").GetString());
        foreach (var response in new[] { v1, v2 })
        {
            Assert.Equal("2", Assert.Single(response.Headers.GetValues("api-supported-versions")));
            Assert.Equal("1", Assert.Single(response.Headers.GetValues("api-deprecated-versions")));
        }
    }

    [Theory]
    [InlineData("/api/v{0}/gadgets/{1}")]
    [InlineData("/api/v{0}/mvc/gadgets/{1}")]
    public async Task Endpoint_RetiredVersion_CarriesDeprecationSunsetAndLinkAndTheNewOneDoesNot(string template)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var v1 = await client.GetAsync(Path(template, 1, Guid.Empty));
        using var v2 = await client.GetAsync(Path(template, 2, Guid.Empty));

        Assert.Equal($"@{Deprecated.ToUnixTimeSeconds()}", Assert.Single(v1.Headers.GetValues("Deprecation")));
        Assert.Equal("Wed, 30 Jun 2027 00:00:00 GMT", Assert.Single(v1.Headers.GetValues("Sunset")));
        var links = v1.Headers.GetValues("Link").ToList();
        Assert.Contains(links, link => link.Contains(MigrationNotes, StringComparison.Ordinal) && link.Contains("rel=\"deprecation\"", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Contains(MigrationNotes, StringComparison.Ordinal) && link.Contains("rel=\"sunset\"", StringComparison.Ordinal));
        Assert.False(v2.Headers.Contains("Deprecation"));
        Assert.False(v2.Headers.Contains("Sunset"));
        Assert.False(v2.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Endpoint_NoRetirementConfigured_SendsNoDeprecationOrSunset()
    {
        await using var host = await StartAsync(settings: []);
        using var client = host.CreateClient();

        using var v1 = await client.GetAsync($"/api/v1/gadgets/{Guid.Empty}");

        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal("1", Assert.Single(v1.Headers.GetValues("api-deprecated-versions")));
        Assert.False(v1.Headers.Contains("Deprecation"));
        Assert.False(v1.Headers.Contains("Sunset"));
    }

    [Theory]
    [InlineData("/api/v9/gadgets/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/v2/gadgets")]
    [InlineData("/api/vx/gadgets/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/v1.5.7/gadgets")]
    [InlineData("/api/v9/mvc/gadgets/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/v0/mvc/gadgets/00000000-0000-0000-0000-000000000000")]
    public async Task Endpoint_UnsupportedOrMalformedVersion_IsTheNotFoundProblemOfAnUnknownAddress(string path)
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(path);

        var problem = await ProblemJson.ReadAsync(response, 404);
        Assert.Equal("http.not_found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Endpoint_UnservedMethodOfAServedVersion_IsAProblemNeverA500()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.DeleteAsync($"/api/v2/gadgets/{Guid.Empty}");

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, response.StatusCode.ToString());
        await ProblemJson.ReadAsync(response, (int)response.StatusCode);
    }

    [Fact]
    public async Task Documents_EachVersionHoldsOnlyItsOperations()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var v1 = await DocumentAsync(client, "v1");
        using var v2 = await DocumentAsync(client, "v2");

        var paths1 = Paths(v1);
        var paths2 = Paths(v2);
        Assert.Contains("/api/v1/gadgets/{id}", paths1);
        Assert.Contains("/api/v1/gadgets", paths1);
        Assert.Contains("/api/v1/mvc/gadgets/{id}", paths1);
        Assert.Contains("/api/v1/widgets", paths1); // declares no version: version 1, as before
        Assert.DoesNotContain(paths1, path => path.StartsWith("/api/v2/", StringComparison.Ordinal) || path.Contains("{version}", StringComparison.Ordinal));
        Assert.Equal(["/api/v2/gadgets/{id}", "/api/v2/mvc/gadgets/{id}"], paths2.Order(StringComparer.Ordinal));
        var get1 = v1.RootElement.GetProperty("paths").GetProperty("/api/v1/gadgets/{id}").GetProperty("get");
        var get2 = v2.RootElement.GetProperty("paths").GetProperty("/api/v2/gadgets/{id}").GetProperty("get");
        Assert.True(get1.GetProperty("deprecated").GetBoolean());
        Assert.False(get2.TryGetProperty("deprecated", out _));
        Assert.DoesNotContain(get2.GetProperty("parameters").EnumerateArray(), parameter => parameter.GetProperty("name").GetString() == "version");
        Assert.True(get2.GetProperty("responses").GetProperty("429").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task Documents_AnUnregisteredVersion_IsNotFound()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/openapi/v9.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Documents_RegisteredTwice_AreOneDocumentEach()
    {
        await using var host = await SampleHost.StartAsync(
            services: services => services.AddRampartOpenApiDocument(2).AddRampartOpenApiDocument(2).AddRampartOpenApiDocument(1),
            endpoints: app => app.MapGadgets());
        using var client = host.CreateClient();

        using var v2 = await DocumentAsync(client, "v2");
        var html = await client.GetStringAsync("/docs");

        Assert.Contains("/api/v2/gadgets/{id}", Paths(v2));
        Assert.All(Paths(v2), path => Assert.StartsWith("/api/v2/", path, StringComparison.Ordinal));
        Assert.Equal(1, html.Split("openapi/v2.json").Length - 1);
    }

    [Fact]
    public async Task DocsPage_ListsADocumentPerVersion()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var html = await client.GetStringAsync("/docs");

        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Contains("openapi/v2.json", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rampart:Versioning:Deprecated:one:Date", "2026-06-01T00:00:00Z", "Rampart:Versioning:Deprecated:one")]
    [InlineData("Rampart:Versioning:Deprecated:1:Link", "/docs/migrate", "Rampart:Versioning:Deprecated:1:Link")]
    [InlineData("Rampart:Versioning:Deprecated:1:Sunset", "2026-01-01T00:00:00Z", "Rampart:Versioning:Deprecated:1:Sunset")]
    public async Task Settings_InvalidRetirement_StopsStartUpNamingTheKey(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>(Retirement) { [key] = value };
        if (key.Contains(":one:", StringComparison.Ordinal))
        {
            settings = new Dictionary<string, string?> { [key] = value };
        }

        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: settings, services: services => services.AddRampartOpenApiDocument(2), endpoints: app => app.MapGadgets());
        await using (app)
        {
            var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

            Assert.Contains(exception.Failures, failure => failure.StartsWith($"Setting '{named}' is missing or invalid", StringComparison.Ordinal));
        }
    }

    private static Task<SampleHost> StartAsync(Dictionary<string, string?>? settings = null) => SampleHost.StartAsync(
        settings: settings ?? Retirement,
        services: services => services.AddRampartOpenApiDocument(2),
        controllers: true,
        endpoints: app => app.MapGadgets());

    private static string Path(string template, int version, Guid id) => string.Format(CultureInfo.InvariantCulture, template, version, id);

    private static async Task<JsonElement> DataAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("data").Clone();
    }

    private static async Task<JsonDocument> DocumentAsync(HttpClient client, string name)
    {
        using var response = await client.GetAsync($"/openapi/{name}.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Paths(JsonDocument document) =>
        [.. document.RootElement.GetProperty("paths").EnumerateObject().Select(path => path.Name)];
}
