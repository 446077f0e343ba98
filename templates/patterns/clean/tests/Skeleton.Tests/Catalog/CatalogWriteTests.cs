using System.Net;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

public sealed class CatalogWriteTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Create_AsAdmin_Returns201WithLocationAndETag()
    {
        using var admin = await app.CreateAdminClientAsync();
        var sku = CatalogClient.NewSku();

        using var response = await admin.PostJsonAsync(CatalogClient.Products, new { sku, name = "Tea", price = 4.2m, stock = 7 });
        var data = (await response.ReadJsonAsync()).GetProperty("data");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/products/{data.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal(sku, data.GetProperty("sku").GetString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Create_WithoutToken_Returns401()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.PostJsonAsync(CatalogClient.Products, new { sku = CatalogClient.NewSku(), name = "Tea", price = 1m, stock = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("identity.unauthenticated", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Create_AsCustomer_Returns403()
    {
        using var customer = await app.CreateCustomerClientAsync();

        using var response = await customer.PostJsonAsync(CatalogClient.Products, new { sku = CatalogClient.NewSku(), name = "Tea", price = 1m, stock = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_LiveSkuTaken_Returns409SkuTaken()
    {
        using var admin = await app.CreateAdminClientAsync();
        var sku = CatalogClient.NewSku();
        await admin.CreateProductAsync(sku);

        using var response = await admin.PostJsonAsync(CatalogClient.Products, new { sku, name = "Other", price = 1m, stock = 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("catalog.sku_taken", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Create_SameSkuConcurrently_ExactlyOneWins()
    {
        using var admin = await app.CreateAdminClientAsync();
        var sku = CatalogClient.NewSku();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            admin.PostJsonAsync(CatalogClient.Products, new { sku, name = "Tea", price = 1m, stock = 1 })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Create_SkuOfDeletedProduct_Returns201()
    {
        using var admin = await app.CreateAdminClientAsync();
        var sku = CatalogClient.NewSku();
        var id = (await admin.CreateProductAsync(sku)).GetProperty("id").GetString();
        (await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative))).Dispose();

        using var response = await admin.PostJsonAsync(CatalogClient.Products, new { sku, name = "Again", price = 1m, stock = 1 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    // The request's attributes reject what they can express before the handler runs (validation.failed); the rest, such
    // as more than 2 decimal places, is the domain's invariant (catalog.invalid_product).
    [Theory]
    [InlineData("""{"sku":"lower","name":"Tea","price":1,"stock":1}""", "sku", "validation.failed")]
    [InlineData("""{"name":"Tea","price":1,"stock":1}""", "sku", "validation.failed")]
    [InlineData("""{"sku":"OK","name":"","price":1,"stock":1}""", "name", "validation.failed")]
    [InlineData("""{"sku":"OK","name":"   ","price":1,"stock":1}""", "name", "validation.failed")]
    [InlineData("""{"sku":"OK","name":"Tea","price":0,"stock":1}""", "price", "validation.failed")]
    [InlineData("""{"sku":"OK","name":"Tea","price":1,"stock":-1}""", "stock", "validation.failed")]
    [InlineData("""{"sku":"OK","name":"Tea","price":1.234,"stock":1}""", "price", "catalog.invalid_product")]
    public async Task Create_BreakingARule_Returns400WithTheField(string body, string field, string code)
    {
        using var admin = await app.CreateAdminClientAsync();

        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, CatalogClient.Products, body);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"sku":"OK","name":"Tea","price":1,"stock":1,"extra":true}""")]
    [InlineData("""{"sku":"OK","name":"Tea","price":"cheap","stock":1}""")]
    [InlineData("""{"sku":"OK",""")]
    public async Task Create_UnknownPropertyOrMalformedJson_Returns400(string body)
    {
        using var admin = await app.CreateAdminClientAsync();

        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, CatalogClient.Products, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyTwice_CreatesOnceAndReplays()
    {
        using var admin = await app.CreateAdminClientAsync();
        var body = new { sku = CatalogClient.NewSku(), name = "Tea", price = 1m, stock = 1 };
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() };

        using var first = await admin.SendJsonAsync(HttpMethod.Post, CatalogClient.Products, body, key);
        using var second = await admin.SendJsonAsync(HttpMethod.Post, CatalogClient.Products, body, key);
        using var reused = await admin.SendJsonAsync(HttpMethod.Post, CatalogClient.Products, body with { name = "Other" }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal((HttpStatusCode)422, reused.StatusCode);
        Assert.Equal("idempotency.key_reused", await reused.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Delete_Twice_Returns204Then404()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString();

        using var first = await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));
        using var second = await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal("catalog.product_not_found", await second.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Delete_AsCustomer_Returns403AndKeepsTheProduct()
    {
        using var admin = await app.CreateAdminClientAsync();
        using var customer = await app.CreateCustomerClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString();

        using var response = await customer.DeleteAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));
        using var still = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }
}
