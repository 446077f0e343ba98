using System.Net;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

public sealed class CatalogReadTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task List_Anonymous_NewestFirstWithCursorPages()
    {
        using var admin = await app.CreateAdminClientAsync();
        var older = await admin.CreateProductAsync();
        var newer = await admin.CreateProductAsync();
        using var anonymous = app.CreateClient();

        using var first = await anonymous.GetAsync(new Uri($"{CatalogClient.Products}?limit=1", UriKind.Relative));
        var page = await first.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(newer.GetProperty("id").GetString(), page.GetProperty("data")[0].GetProperty("id").GetString());
        Assert.Equal(1, page.GetProperty("meta").GetProperty("limit").GetInt32());
        var cursor = page.GetProperty("meta").GetProperty("nextCursor").GetString();
        using var second = await anonymous.GetAsync(new Uri($"{CatalogClient.Products}?limit=1&cursor={cursor}", UriKind.Relative));
        Assert.Equal(older.GetProperty("id").GetString(), (await second.ReadJsonAsync()).GetProperty("data")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_WithoutLimit_UsesTwenty()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri(CatalogClient.Products, UriKind.Relative));

        Assert.Equal(20, (await response.ReadJsonAsync()).GetProperty("meta").GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("101", "pagination.invalid_limit")]
    [InlineData("0", "pagination.invalid_limit")]
    [InlineData("100&cursor=forged", "pagination.invalid_cursor")]
    public async Task List_BadLimitOrCursor_Returns400(string query, string code)
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"{CatalogClient.Products}?limit={query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task List_DeletedProduct_NeverAppears()
    {
        using var admin = await app.CreateAdminClientAsync();
        var product = await admin.CreateProductAsync();
        var id = product.GetProperty("id").GetString();
        (await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative))).Dispose();

        using var response = await admin.GetAsync(new Uri($"{CatalogClient.Products}?limit=100", UriKind.Relative));

        var ids = (await response.ReadJsonAsync()).GetProperty("data").EnumerateArray().Select(p => p.GetProperty("id").GetString());
        Assert.DoesNotContain(id, ids);
    }

    [Fact]
    public async Task Get_Existing_Returns200WithETagAndEveryField()
    {
        using var admin = await app.CreateAdminClientAsync();
        var created = await admin.CreateProductAsync(price: 12.5m, stock: 3);
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"{CatalogClient.Products}/{created.GetProperty("id").GetString()}", UriKind.Relative));
        var data = (await response.ReadJsonAsync()).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(12.5m, data.GetProperty("price").GetDecimal());
        Assert.Equal(3, data.GetProperty("stock").GetInt32());
        Assert.Equal(0, data.GetProperty("reserved").GetInt32());
        Assert.Equal(1, data.GetProperty("version").GetInt64());
        foreach (var field in new[] { "id", "sku", "name", "createdAt", "updatedAt" })
        {
            Assert.True(data.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Get_Unknown_Returns404ProductNotFound()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"{CatalogClient.Products}/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("catalog.product_not_found", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Get_Deleted_Returns404ProductNotFound()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString();
        (await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative))).Dispose();

        using var response = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("catalog.product_not_found", await response.ReadProblemCodeAsync());
    }
}
