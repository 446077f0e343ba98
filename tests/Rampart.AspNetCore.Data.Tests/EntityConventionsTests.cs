using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rampart.AspNetCore.Data.Tests.Host;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class EntityConventionsTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Client => shop.Host.Client;

    [Fact]
    public async Task Create_SameSkuAsLiveProduct_Is409SkuTakenAndOneRow()
    {
        var sku = Http.UniqueSku();
        await Client.CreateProductAsync(sku);

        using var second = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(sku, "Other", 3m, 1)));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("catalog.sku_taken", await second.ProblemCodeAsync());
        Assert.Equal(1, await CountRowsAsync(sku));
    }

    [Fact]
    public async Task Create_UniqueViolationNobodyTranslated_Is409NotServerError()
    {
        var sku = Http.UniqueSku();
        await Client.CreateProductAsync(sku);

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products/untranslated", new CreateProduct(sku, "Again", 1m, 1)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("data.unique_violation", await response.ProblemCodeAsync());
    }

    [Theory]
    [InlineData("A%00B")]
    public async Task Query_TextTheDatabaseCannotStore_Is400NotServerError(string sku)
    {
        using var response = await Client.GetAsync($"/products/search?sku={sku}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("data.invalid_text", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task Create_SkuOfSoftDeletedProduct_Succeeds()
    {
        var sku = Http.UniqueSku();
        var first = await Client.CreateProductAsync(sku);
        using (var deleted = await Client.DeleteAsync($"/products/{first}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var second = await Client.CreateProductAsync(sku);

        Assert.NotEqual(first, second);
        Assert.Equal(2, await CountRowsAsync(sku));
    }

    [Fact]
    public async Task Delete_Product_KeepsRowWithDeletedAtAndHidesIt()
    {
        var id = await Client.CreateProductAsync(Http.UniqueSku());

        using var deleted = await Client.DeleteAsync($"/products/{id}");
        using var read = await Client.GetAsync($"/products/{id}");
        using var again = await Client.DeleteAsync($"/products/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("catalog.product_not_found", await read.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var row = await db.Products.IgnoreQueryFilters().SingleAsync(p => p.Id == id);
        Assert.NotNull(row.DeletedAt);
        Assert.Equal(2, row.Version);
    }

    [Fact]
    public async Task Save_NewAndChangedEntity_SetsUuidV7VersionAndTimestampsFromTimeProvider()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var host = await ShopHost.StartAsync(shop.Database.ConnectionString, migrateOnStartup: false, time: clock);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var product = new Product { Sku = Http.UniqueSku(), Name = "Lamp", Price = 12.5m, Stock = 1 };
        db.Products.Add(product);
        await db.SaveChangesAsync();

        clock.Advance(TimeSpan.FromMinutes(5));
        product.Stock = 2;
        await db.SaveChangesAsync();

        Assert.Equal(7, product.Id.Version);
        Assert.Equal(2, product.Version);
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero), product.CreatedAt);
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 3, 9, 5, TimeSpan.Zero), product.UpdatedAt);
        db.ChangeTracker.Clear();
        var stored = await db.Products.SingleAsync(p => p.Id == product.Id);
        Assert.Equal(product.CreatedAt, stored.CreatedAt);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task Model_UsesSnakeCaseAndLiveUniqueIndex()
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var entity = db.Model.FindEntityType(typeof(Product))!;
        var sku = entity.GetIndexes().Single(i => i.IsUnique);

        Assert.Equal("products", entity.GetTableName());
        Assert.Equal("created_at", entity.FindProperty(nameof(Product.CreatedAt))!.GetColumnName());
        Assert.Equal("pk_products", entity.FindPrimaryKey()!.GetName());
        Assert.Equal("ix_products_sku", sku.GetDatabaseName());
        Assert.Equal("deleted_at IS NULL", sku.GetFilter());
        Assert.True(entity.FindProperty(nameof(Product.Version))!.IsConcurrencyToken);
    }

    private async Task<long> CountRowsAsync(string sku)
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.Products.IgnoreQueryFilters().LongCountAsync(p => p.Sku == sku);
    }
}
