using System.Net;
using Skeleton.Tests.Catalog;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

public sealed class PlaceOrderTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Place_Valid_Returns201PendingWithLocationPricesAndTotal()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(price: 4.25m, stock: 10)).Id();
        var cup = (await admin.CreateProductAsync(price: 1.10m, stock: 10)).Id();
        using var customer = await Customer.RegisterAsync(app);

        using var response = await customer.Client.PlaceAsync(OrdersClient.Items((tea, 2), (cup, 3)));
        var data = (await response.ReadJsonAsync()).GetProperty("data");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/orders/{data.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("pending", data.Status());
        Assert.Equal(11.80m, data.GetProperty("total").GetDecimal());
        Assert.Equal(4.25m, data.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal(1, data.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Place_WithoutIdempotencyKey_Returns400KeyRequired()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var customer = await Customer.RegisterAsync(app);

        using var response = await customer.Client.PlaceAsync(OrdersClient.Items((tea, 1)), headers: []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idempotency.key_required", await response.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Place_Anonymous_Returns401()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.PlaceAsync(OrdersClient.Items((Guid.CreateVersion7().ToString(), 1)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Place_UnknownAndDeletedProduct_Returns400WithFieldErrors()
    {
        using var admin = await app.CreateAdminClientAsync();
        var deleted = (await admin.CreateProductAsync()).Id();
        using (var removed = await admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{deleted}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        using var customer = await Customer.RegisterAsync(app);

        using var response = await customer.Client.PlaceAsync(OrdersClient.Items((Guid.CreateVersion7().ToString(), 1), (deleted, 1)));
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("items[0].productId", out _));
        Assert.True(errors.TryGetProperty("items[1].productId", out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Place_QuantityBelowOne_Returns400WithFieldError(int quantity)
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync()).Id();
        using var customer = await Customer.RegisterAsync(app);

        using var response = await customer.Client.PlaceAsync(OrdersClient.Items((tea, quantity)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("orders.invalid_order", await response.ReadProblemCodeAsync());
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("items[0].quantity", out _));
    }

    [Fact]
    public async Task Place_NoItems_Returns400()
    {
        using var customer = await Customer.RegisterAsync(app);

        using var response = await customer.Client.PlaceAsync(new { items = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("items", out _));
    }

    [Fact]
    public async Task Place_SameKeyTwice_ReplaysFirstAnswerAndCreatesOneOrder()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 10)).Id();
        using var customer = await Customer.RegisterAsync(app);
        var key = OrdersClient.NewKey();

        using var first = await customer.Client.PlaceAsync(OrdersClient.Items((tea, 1)), key);
        using var second = await customer.Client.PlaceAsync(OrdersClient.Items((tea, 1)), key);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.ReadJsonAsync()).GetProperty("data").Id(), (await second.ReadJsonAsync()).GetProperty("data").Id());
        using var list = await customer.Client.GetAsync(new Uri(OrdersClient.Orders, UriKind.Relative));
        Assert.Equal(1, (await list.ReadJsonAsync()).GetProperty("data").GetArrayLength());
    }
}
