using System.Net;
using Npgsql;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

public sealed class CatalogUpdateTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Patch_WithoutIfMatch_Returns428()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString();

        using var response = await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { name = "New" });

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Patch_CurrentVersion_Returns200WithNewETag()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync(price: 5m, stock: 5)).GetProperty("id").GetString();

        using var response = await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { price = 6.5m }, CatalogClient.IfMatch(1));
        var data = (await response.ReadJsonAsync()).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal(6.5m, data.GetProperty("price").GetDecimal());
        Assert.Equal(5, data.GetProperty("stock").GetInt32());
    }

    [Theory]
    [InlineData("""{"price":-1}""", "price")]
    [InlineData("""{"stock":-1}""", "stock")]
    [InlineData("""{"name":""}""", "name")]
    public async Task Patch_InvalidField_Returns400AtTheGateAndKeepsTheRow(string body, string field)
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString();

        using var response = await admin.SendRawJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", body, CatalogClient.IfMatch(1));
        var problem = await response.ReadJsonAsync();
        using var after = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal("\"1\"", after.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Patch_StaleVersion_Returns412VersionConflictAndKeepsTheRow()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync(price: 5m)).GetProperty("id").GetString();
        (await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { name = "First" }, CatalogClient.IfMatch(1))).Dispose();

        using var response = await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { name = "Second" }, CatalogClient.IfMatch(1));
        using var current = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("catalog.version_conflict", await response.ReadProblemCodeAsync());
        Assert.Equal("First", (await current.ReadJsonAsync()).GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Patch_ConcurrentWithSameVersion_OneWinsOneGets412()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
            admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { stock = 20 + i }, CatalogClient.IfMatch(1))));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.PreconditionFailed],
            responses.Select(r => r.StatusCode).Order());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Patch_StockBelowReserved_Returns409()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync(stock: 10)).GetProperty("id").GetString();
        await ExecuteAsync($"UPDATE skeleton.products SET reserved = 4 WHERE id = '{id}'");

        using var response = await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { stock = 3 }, CatalogClient.IfMatch(1));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("catalog.stock_below_reserved", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Patch_UnknownOrDeleted_Returns404()
    {
        using var admin = await app.CreateAdminClientAsync();

        using var response = await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{Guid.CreateVersion7()}", new { name = "X" }, CatalogClient.IfMatch(1));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("catalog.product_not_found", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Patch_SameIdempotencyKeyTwice_AppliesOnceAndReplays()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString();
        var headers = new Dictionary<string, string>(CatalogClient.IfMatch(1)) { ["Idempotency-Key"] = Guid.NewGuid().ToString() };

        using var first = await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { stock = 42 }, headers);
        using var second = await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { stock = 42 }, headers);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal("\"2\"", second.Headers.ETag?.Tag);
    }

    [Theory]
    [InlineData("price = 0")]
    [InlineData("stock = -1")]
    [InlineData("reserved = -1")]
    [InlineData("reserved = stock + 1")]
    public async Task Database_RowBreakingARule_IsRefusedByACheckConstraint(string assignment)
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString();

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync($"UPDATE skeleton.products SET {assignment} WHERE id = '{id}'"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
