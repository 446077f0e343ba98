#if RAMPART_API_GRAPHQL
using System.Text.Json;
using Skeleton.Tests.GraphQL;
using Skeleton.Tests.Orders;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

public sealed class CatalogGraphQLTests(ShopApp app) : IClassFixture<ShopApp>
{
    private const string CreateProduct = """
        mutation Create($input: CreateProductInput!) { createProduct(input: $input) { id sku name price stock reserved version } }
        """;

    private const string UpdateProduct = """
        mutation Update($id: ID!, $input: UpdateProductInput!, $expectedVersion: Long!) {
          updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) { id name price stock version }
        }
        """;

    private const string ProductsPage = """
        query Page($first: Int, $after: String) {
          products(first: $first, after: $after) { edges { cursor node { id sku } } pageInfo { hasNextPage endCursor } }
        }
        """;

    [Fact]
    public async Task Product_ById_ReturnsTheRestProduct()
    {
        using var admin = await app.CreateAdminClientAsync();
        var created = await admin.CreateProductAsync(price: 4.5m, stock: 7);

        var product = (await admin.QueryAsync("query One($id: ID!) { product(id: $id) { id sku name price stock reserved version } }", new { id = created.Id() }))
            .Data().GetProperty("product");

        Assert.Equal(created.GetProperty("sku").GetString(), product.GetProperty("sku").GetString());
        Assert.Equal(4.5m, product.GetProperty("price").GetDecimal());
        Assert.Equal(7, product.GetProperty("stock").GetInt32());
        Assert.Equal(created.GetProperty("version").GetInt64(), product.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Product_Unknown_IsNullWithProductNotFound()
    {
        using var anonymous = app.CreateClient();

        var result = await anonymous.QueryAsync("query One($id: ID!) { product(id: $id) { id } }", new { id = Guid.CreateVersion7() });

        Assert.Equal("catalog.product_not_found", result.ErrorCode());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("product").ValueKind);
    }

    [Fact]
    public async Task Products_FirstAndAfter_PageNewestFirstWithTheRestCursors()
    {
        using var admin = await app.CreateAdminClientAsync();
        var newest = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            newest.Insert(0, (await admin.CreateProductAsync()).Id());
        }

        var first = (await admin.QueryAsync(ProductsPage, new { first = 2 })).Data().GetProperty("products");
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await admin.QueryAsync(ProductsPage, new { first = 2, after })).Data().GetProperty("products");

        Assert.Equal(newest[..2], first.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").Id()));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(after, first.GetProperty("edges")[1].GetProperty("cursor").GetString());
        Assert.Equal(newest[2], second.GetProperty("edges")[0].GetProperty("node").Id());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Products_FirstOutOfRange_IsInvalidLimit(int first)
    {
        using var anonymous = app.CreateClient();

        var result = await anonymous.QueryAsync(ProductsPage, new { first });

        Assert.Equal("pagination.invalid_limit", result.ErrorCode());
    }

    [Fact]
    public async Task Products_ForgedCursor_IsInvalidCursor()
    {
        using var anonymous = app.CreateClient();

        var result = await anonymous.QueryAsync(ProductsPage, new { first = 2, after = "forged" });

        Assert.Equal("pagination.invalid_cursor", result.ErrorCode());
    }

    [Fact]
    public async Task CreateProduct_Admin_CreatesWhatRestReads()
    {
        using var admin = await app.CreateAdminClientAsync();
        var sku = CatalogClient.NewSku();

        var created = (await admin.QueryAsync(CreateProduct, new { input = new { sku, name = "Green tea", price = 3.2m, stock = 5 } })).Data().GetProperty("createProduct");
        var read = await admin.GetProductAsync(created.Id());

        Assert.Equal(sku, read.GetProperty("sku").GetString());
        Assert.Equal(3.2m, read.GetProperty("price").GetDecimal());
        Assert.Equal(0, created.GetProperty("reserved").GetInt32());
    }

    // The same gate as POST /api/v1/products: the request's attributes first (validation.failed), then the domain's
    // invariants (catalog.invalid_product), then the unique index (catalog.sku_taken).
    [Theory]
    [InlineData("lower", "Tea", 1, 1, "sku", "validation.failed")]
    [InlineData("OK", "   ", 1, 1, "name", "validation.failed")]
    [InlineData("OK", "Tea", 0, 1, "price", "validation.failed")]
    [InlineData("OK", "Tea", 1, -1, "stock", "validation.failed")]
    [InlineData("OK", "Tea", 1.234, 1, "price", "catalog.invalid_product")]
    public async Task CreateProduct_BreakingARule_ReturnsTheRestCodeAndField(string sku, string name, double price, int stock, string field, string code)
    {
        using var admin = await app.CreateAdminClientAsync();

        var result = await admin.QueryAsync(CreateProduct, new { input = new { sku, name, price = (decimal)price, stock } });
        var error = result.SingleError();

        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.GetProperty("extensions").GetProperty("errors").TryGetProperty(field, out _), error.ToString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("createProduct").ValueKind);
    }

    [Fact]
    public async Task CreateProduct_LiveSkuTwice_IsSkuTaken()
    {
        using var admin = await app.CreateAdminClientAsync();
        var sku = (await admin.CreateProductAsync()).GetProperty("sku").GetString();

        var result = await admin.QueryAsync(CreateProduct, new { input = new { sku, name = "Again", price = 1m, stock = 1 } });

        Assert.Equal("catalog.sku_taken", result.ErrorCode());
    }

    [Fact]
    public async Task CreateProduct_Customer_IsForbiddenAndCreatesNothing()
    {
        using var customer = await app.CreateCustomerClientAsync();
        var sku = CatalogClient.NewSku();

        var result = await customer.QueryAsync(CreateProduct, new { input = new { sku, name = "Tea", price = 1m, stock = 1 } });
        var products = (await customer.QueryAsync(ProductsPage, new { first = 100 })).Data().GetProperty("products");

        Assert.Equal("http.forbidden", result.ErrorCode());
        Assert.DoesNotContain(sku, products.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("sku").GetString()));
    }

    [Fact]
    public async Task UpdateProduct_CurrentVersion_ChangesWhatRestReadsAndBumpsTheVersion()
    {
        using var admin = await app.CreateAdminClientAsync();
        var created = await admin.CreateProductAsync(price: 2m, stock: 3);

        var updated = (await admin.QueryAsync(UpdateProduct, new { id = created.Id(), input = new { price = 2.75m }, expectedVersion = created.GetProperty("version").GetInt64() }))
            .Data().GetProperty("updateProduct");
        var read = await admin.GetProductAsync(created.Id());

        Assert.Equal(2.75m, read.GetProperty("price").GetDecimal());
        Assert.Equal(3, read.GetProperty("stock").GetInt32());
        Assert.Equal(created.GetProperty("name").GetString(), updated.GetProperty("name").GetString());
        Assert.True(updated.GetProperty("version").GetInt64() > created.GetProperty("version").GetInt64());
        Assert.Equal(read.GetProperty("version").GetInt64(), updated.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task UpdateProduct_StaleVersion_IsVersionConflictAndChangesNothing()
    {
        using var admin = await app.CreateAdminClientAsync();
        var created = await admin.CreateProductAsync(price: 2m);
        var version = created.GetProperty("version").GetInt64();
        (await admin.QueryAsync(UpdateProduct, new { id = created.Id(), input = new { stock = 4 }, expectedVersion = version })).Data();

        var stale = await admin.QueryAsync(UpdateProduct, new { id = created.Id(), input = new { price = 9m }, expectedVersion = version });
        var read = await admin.GetProductAsync(created.Id());

        Assert.Equal("catalog.version_conflict", stale.ErrorCode());
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("data").GetProperty("updateProduct").ValueKind);
        Assert.Equal(2m, read.GetProperty("price").GetDecimal());
        Assert.Equal(4, read.GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task UpdateProduct_UnknownId_IsProductNotFound()
    {
        using var admin = await app.CreateAdminClientAsync();

        var result = await admin.QueryAsync(UpdateProduct, new { id = Guid.CreateVersion7(), input = new { price = 1m }, expectedVersion = 1L });

        Assert.Equal("catalog.product_not_found", result.ErrorCode());
    }

    [Theory]
    [InlineData(0, "price", "validation.failed")]
    [InlineData(1.234, "price", "catalog.invalid_product")]
    public async Task UpdateProduct_BreakingARule_ReturnsTheRestCodeAndChangesNothing(double price, string field, string code)
    {
        using var admin = await app.CreateAdminClientAsync();
        var created = await admin.CreateProductAsync(price: 2m);

        var result = await admin.QueryAsync(UpdateProduct, new { id = created.Id(), input = new { price = (decimal)price }, expectedVersion = created.GetProperty("version").GetInt64() });
        var error = result.SingleError();

        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.GetProperty("extensions").GetProperty("errors").TryGetProperty(field, out _), error.ToString());
        Assert.Equal(2m, (await admin.GetProductAsync(created.Id())).GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task UpdateProduct_Customer_IsForbidden()
    {
        using var admin = await app.CreateAdminClientAsync();
        var created = await admin.CreateProductAsync();
        using var customer = await app.CreateCustomerClientAsync();

        var result = await customer.QueryAsync(UpdateProduct, new { id = created.Id(), input = new { price = 1m }, expectedVersion = created.GetProperty("version").GetInt64() });

        Assert.Equal("http.forbidden", result.ErrorCode());
    }

    [Fact]
    public async Task CreateProduct_Anonymous_IsUnauthorized()
    {
        using var anonymous = app.CreateClient();

        var result = await anonymous.QueryAsync(CreateProduct, new { input = new { sku = CatalogClient.NewSku(), name = "Tea", price = 1m, stock = 1 } });

        Assert.Equal("http.unauthorized", result.ErrorCode());
    }
}
#endif
