using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests;

/// <summary>
/// The headers the idempotency and concurrency blocks check are documented on the operations that use them, minimal
/// API and controllers alike: the parameter (required or not, with an example) and the problems its checks give; the
/// parameters the blocks bind themselves (a page request, the expected version) are documented as what they read.
/// </summary>
public sealed class OpenApiHeadersTests : IAsyncLifetime
{
    private PostgresDatabase _database = null!;
    private ShopHost _host = null!;
    private JsonNode _paths = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _host = await ShopHost.StartAsync(_database.ConnectionString, services: (services, _) => services.AddRampartOpenApi());
        var document = await _host.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync();
        _paths = JsonNode.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1))!["paths"]!;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("/products/{id}", "catalog.version_conflict")]
    [InlineData("/mvc/products/{id}", "catalog.version_conflict")]
    public void IfMatch_IsARequiredHeader_With412And428CarryingTheirCodes(string path, string conflictCode)
    {
        var patch = _paths[path]!["patch"]!;

        var ifMatch = Header(patch, "If-Match");
        Assert.True(ifMatch["required"]!.GetValue<bool>());
        Assert.Equal("\"3\"", ifMatch["example"]!.GetValue<string>());
        Assert.Equal(conflictCode, ProblemCode(patch, "412"));
        Assert.Equal("concurrency.if_match_required", ProblemCode(patch, "428"));
        Assert.Contains("**If-Match:** required.", patch["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/products", false)]
    [InlineData("/products/required-key", true)]
    [InlineData("/mvc/products", false)]
    [InlineData("/mvc/products/required-key", true)]
    public void IdempotencyKey_IsDocumented_RequiredWhereTheEndpointRequiresIt(string path, bool required)
    {
        var post = _paths[path]!["post"]!;

        var key = Header(post, "Idempotency-Key");
        Assert.Equal(required, key["required"]?.GetValue<bool>() ?? false);
        Assert.True(Guid.TryParse(key["example"]!.GetValue<string>(), out _));
        Assert.Equal("idempotency.in_flight", ProblemCode(post, "409"));
        Assert.Equal("idempotency.key_reused", ProblemCode(post, "422"));
    }

    [Theory]
    [InlineData("/products")]
    [InlineData("/mvc/products")]
    public void PageRequest_IsTheLimitAndCursorQueryParameters(string path)
    {
        var parameters = _paths[path]!["get"]!["parameters"]!.AsArray();

        var limit = Assert.Single(parameters, p => p!["name"]!.GetValue<string>() == "limit")!;
        Assert.Equal("query", limit["in"]!.GetValue<string>());
        Assert.Equal("1", limit["schema"]!["minimum"]!.ToString());
        Assert.Equal("100", limit["schema"]!["maximum"]!.ToString());
        Assert.Equal(20, limit["schema"]!["default"]!.GetValue<int>());
        Assert.Single(parameters, p => p!["name"]!.GetValue<string>() == "cursor" && p["in"]!.GetValue<string>() == "query");
        Assert.DoesNotContain(parameters, p => p!["name"]!.GetValue<string>() == "page");
    }

    [Theory]
    [InlineData("/products/{id}")]
    [InlineData("/mvc/products/{id}")]
    public void ExpectedVersion_IsNotAQueryParameter(string path)
    {
        var parameters = _paths[path]!["patch"]!["parameters"]!.AsArray();

        Assert.DoesNotContain(parameters, p => p!["in"]!.GetValue<string>() == "query");
    }

    [Fact]
    public void Operations_WithoutTheBlocks_TakeNeitherHeader()
    {
        var get = _paths["/products/{id}"]!["get"]!;

        Assert.DoesNotContain(get["parameters"]?.AsArray() ?? [], p => p!["in"]!.GetValue<string>() == "header");
    }

    private static JsonNode Header(JsonNode operation, string name) =>
        Assert.Single(operation["parameters"]!.AsArray(), p => p!["in"]!.GetValue<string>() == "header" && p["name"]!.GetValue<string>() == name)!;

    private static string? ProblemCode(JsonNode operation, string status) =>
        operation["responses"]![status]!["content"]!["application/problem+json"]!["example"]!["code"]?.GetValue<string>();
}
