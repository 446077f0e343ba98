using System.Net;
using System.Text.Json;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

/// <summary>
/// <c>GET /api/v2/products/{id}</c> beside <c>GET /api/v1/products/{id}</c>: one product, two shapes of its price, each
/// version in its own OpenAPI document.
/// </summary>
public sealed class CatalogVersionTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task GetV2_ExistingProduct_ShowsThePriceAsAmountAndCurrencyBesideV1()
    {
        using var admin = await app.CreateAdminClientAsync();
        var product = await admin.CreateProductAsync(price: 12.50m);
        var id = product.GetProperty("id").GetString();
        using var anonymous = app.CreateClient();

        using var v1 = await anonymous.GetAsync(new Uri($"/api/v1/products/{id}", UriKind.Relative));
        using var v2 = await anonymous.GetAsync(new Uri($"/api/v2/products/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, v2.StatusCode);
        Assert.Equal(12.50m, (await v1.ReadJsonAsync()).GetProperty("data").GetProperty("price").GetDecimal());
        var data = (await v2.ReadJsonAsync()).GetProperty("data");
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal(12.50m, data.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", data.GetProperty("price").GetProperty("currency").GetString());
        Assert.Equal(v1.Headers.ETag, v2.Headers.ETag);
        Assert.Equal("1, 2", string.Join(", ", v2.Headers.GetValues("api-supported-versions")));
    }

    [Fact]
    public async Task GetV2_UnknownProduct_Returns404ProductNotFound()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"/api/v2/products/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("catalog.product_not_found", await response.ReadProblemCodeAsync());
    }

    [Theory]
    [InlineData("/api/v9/products")]
    [InlineData("/api/v2/products")]
    [InlineData("/api/vx/products")]
    public async Task UnservedVersion_Returns404NotFoundProblem(string path)
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("http.not_found", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task OpenApi_EachVersionDocumentHoldsOnlyItsOperations()
    {
        using var anonymous = app.CreateClient();

        using var v1 = await DocumentAsync(anonymous, "v1");
        using var v2 = await DocumentAsync(anonymous, "v2");

        var paths1 = v1.RootElement.GetProperty("paths");
        var paths2 = v2.RootElement.GetProperty("paths");
        Assert.True(paths1.TryGetProperty("/api/v1/products/{id}", out _));
        Assert.True(paths1.GetProperty("/api/v1/orders").GetProperty("post").TryGetProperty("security", out _), "placing an order takes a token");
        Assert.True(paths1.TryGetProperty("/api/v1/auth/token", out _));
        Assert.DoesNotContain(paths1.EnumerateObject(), path => path.Name.StartsWith("/api/v2/", StringComparison.Ordinal));
        // v2 holds its own operations only: the Shop's v2 read, and any v2 endpoint added since (rampart add endpoint --version 2).
        Assert.Contains("/api/v2/products/{id}", paths2.EnumerateObject().Select(path => path.Name));
        Assert.All(paths2.EnumerateObject(), path => Assert.StartsWith("/api/v2/", path.Name, StringComparison.Ordinal));
        var read = paths2.GetProperty("/api/v2/products/{id}").GetProperty("get");
        Assert.DoesNotContain(read.GetProperty("parameters").EnumerateArray(), parameter => parameter.GetProperty("name").GetString() == "version");
    }

    private static async Task<JsonDocument> DocumentAsync(HttpClient client, string version)
    {
        using var response = await client.GetAsync(new Uri($"/openapi/{version}.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
