using System.Net;
using Npgsql;
using Skeleton.Tests.Orders;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

/// <summary>
/// Reads by id and the first page come from the cache (in memory here; shared in Redis when configured), and every
/// write path removes them: an edit, a delete, a creation and the order flow's stock reservation.
/// </summary>
public sealed class ProductCacheTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    // Changes a product's name in the database behind the service's back: no write path runs, so nothing is invalidated.
    private async Task RenameBehindTheServiceAsync(string id, string name)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE skeleton.products SET name = @name WHERE id = @id", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("id", Guid.Parse(id));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task GetById_Twice_SecondReadComesFromTheCache()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).Id();
        using var anonymous = app.CreateClient();
        using var first = await anonymous.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        await RenameBehindTheServiceAsync(id, "Renamed behind the service");
        using var second = await anonymous.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await first.ReadJsonAsync()).GetProperty("data").GetProperty("name").GetString(),
            (await second.ReadJsonAsync()).GetProperty("data").GetProperty("name").GetString());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Patch_ThenGet_GivesTheNewBodyAndETag()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).Id();
        await admin.GetProductAsync(id);

        using var patch = await admin.SendJsonAsync(HttpMethod.Patch, $"{CatalogClient.Products}/{id}", new { name = "Jasmine tea" }, CatalogClient.IfMatch(1));
        using var read = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("\"2\"", read.Headers.ETag?.Tag);
        Assert.Equal("Jasmine tea", (await read.ReadJsonAsync()).GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Delete_ThenGet_Returns404()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).Id();
        await admin.GetProductAsync(id);

        using var delete = await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));
        using var read = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Reservation_ThenGet_ShowsTheNewVersionAndReservedStock()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 5)).Id();
        Assert.Equal(1, (await admin.GetProductAsync(tea)).GetProperty("version").GetInt64());
        using var customer = await Customer.RegisterAsync(app);

        var order = await customer.Client.PlaceOrderAsync((tea, 2));
        Assert.Equal("confirmed", (await customer.Client.SettledAsync(order.Id())).Status());
        using var read = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{tea}", UriKind.Relative));

        Assert.Equal("\"2\"", read.Headers.ETag?.Tag);
        Assert.Equal(2, (await read.ReadJsonAsync()).GetProperty("data").GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task Create_ThenFirstPage_StartsWithTheNewProduct()
    {
        using var admin = await app.CreateAdminClientAsync();
        using var anonymous = app.CreateClient();
        await admin.CreateProductAsync();
        (await anonymous.GetAsync(new Uri($"{CatalogClient.Products}?limit=3", UriKind.Relative))).Dispose();

        var created = (await admin.CreateProductAsync()).Id();
        using var page = await anonymous.GetAsync(new Uri($"{CatalogClient.Products}?limit=3", UriKind.Relative));

        Assert.Equal(created, (await page.ReadJsonAsync()).GetProperty("data")[0].GetProperty("id").GetString());
    }
}
