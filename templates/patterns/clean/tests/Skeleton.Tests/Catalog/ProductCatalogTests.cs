using Microsoft.Extensions.DependencyInjection;
using Skeleton.Application.Catalog.Contracts;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

public sealed class ProductCatalogTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task GetPrices_MixedIds_ReturnsLiveProductsOnly()
    {
        using var admin = await app.CreateAdminClientAsync();
        var live = (await admin.CreateProductAsync(price: 3.5m)).GetProperty("id").GetGuid();
        var deleted = (await admin.CreateProductAsync()).GetProperty("id").GetGuid();
        (await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{deleted}", UriKind.Relative))).Dispose();
        var unknown = Guid.CreateVersion7();

        await using var scope = app.Services.CreateAsyncScope();
        var prices = await scope.ServiceProvider.GetRequiredService<IProductCatalog>().GetPricesAsync([live, deleted, unknown, live], CancellationToken.None);

        Assert.Equal(new Dictionary<Guid, decimal> { [live] = 3.5m }, prices);
    }

    [Fact]
    public async Task GetPrices_NoIds_ReturnsEmpty()
    {
        await using var scope = app.Services.CreateAsyncScope();

        var prices = await scope.ServiceProvider.GetRequiredService<IProductCatalog>().GetPricesAsync([], CancellationToken.None);

        Assert.Empty(prices);
    }
}
