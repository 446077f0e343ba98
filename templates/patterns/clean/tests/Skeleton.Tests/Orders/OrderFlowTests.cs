using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Domain.Catalog.Events;
using Skeleton.Domain.Orders;
using Skeleton.Infrastructure.Persistence;
using Skeleton.Tests.Catalog;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

public sealed class OrderFlowTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Place_EnoughStock_ConfirmedAndStockReserved()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 5)).Id();
        var cup = (await admin.CreateProductAsync(stock: 5)).Id();
        using var customer = await Customer.RegisterAsync(app);

        var order = await customer.Client.PlaceOrderAsync((tea, 2), (cup, 5));
        var settled = await customer.Client.SettledAsync(order.Id());

        Assert.Equal("confirmed", settled.Status());
        Assert.Equal(2, (await admin.GetProductAsync(tea)).GetProperty("reserved").GetInt32());
        Assert.Equal(5, (await admin.GetProductAsync(cup)).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task Place_InsufficientStockOnOneLine_RejectedWithReasonAndNothingReserved()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 5)).Id();
        var cup = (await admin.CreateProductAsync(stock: 1)).Id();
        using var customer = await Customer.RegisterAsync(app);

        var order = await customer.Client.PlaceOrderAsync((tea, 2), (cup, 2));
        var settled = await customer.Client.SettledAsync(order.Id());

        Assert.Equal("rejected", settled.Status());
        Assert.StartsWith("insufficient_stock", settled.GetProperty("rejectionReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await admin.GetProductAsync(tea)).GetProperty("reserved").GetInt32());
        Assert.Equal(0, (await admin.GetProductAsync(cup)).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task Cancel_Confirmed_CancelledAndStockReleased()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 5)).Id();
        using var customer = await Customer.RegisterAsync(app);
        var order = await customer.Client.PlaceOrderAsync((tea, 3));
        Assert.Equal("confirmed", (await customer.Client.SettledAsync(order.Id())).Status());

        using var cancelled = await customer.Client.PostAsync(new Uri($"{OrdersClient.Orders}/{order.Id()}/cancel", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.ReadJsonAsync()).GetProperty("data").Status());
        await Eventually.UntilAsync(async () => (await admin.GetProductAsync(tea)).GetProperty("reserved").GetInt32() == 0, "the reservation is released");
    }

    [Fact]
    public async Task Cancel_Twice_Returns409InvalidState()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 5)).Id();
        using var customer = await Customer.RegisterAsync(app);
        var order = await customer.Client.PlaceOrderAsync((tea, 1));
        var path = new Uri($"{OrdersClient.Orders}/{order.Id()}/cancel", UriKind.Relative);

        using var first = await customer.Client.PostAsync(path, null);
        using var second = await customer.Client.PostAsync(path, null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("orders.invalid_state", await second.ReadProblemCodeAsync());
    }

    [Fact]
    public async Task Cancel_ByOtherCustomer_Returns404AndOrderUnchanged()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 5)).Id();
        using var owner = await Customer.RegisterAsync(app);
        using var stranger = await Customer.RegisterAsync(app);
        var order = await owner.Client.PlaceOrderAsync((tea, 1));

        using var response = await stranger.Client.PostAsync(new Uri($"{OrdersClient.Orders}/{order.Id()}/cancel", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("cancelled", (await owner.Client.GetOrderAsync(order.Id())).Status());
    }

    [Fact]
    public async Task Place_LastUnitConcurrently_ExactlyOneConfirmed()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 1)).Id();
        var customers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Customer.RegisterAsync(app)));

        var orders = await Task.WhenAll(customers.Select(c => c.Client.PlaceOrderAsync((tea, 1))));
        var settled = await Task.WhenAll(orders.Select((o, i) => customers[i].Client.SettledAsync(o.Id())));

        Assert.Equal(1, settled.Count(o => o.Status() == "confirmed"));
        Assert.Equal(3, settled.Count(o => o.Status() == "rejected"));
        Assert.Equal(1, (await admin.GetProductAsync(tea)).GetProperty("reserved").GetInt32());
        foreach (var customer in customers)
        {
            customer.Dispose();
        }
    }

    [Fact]
    public async Task ReservationArrivesAfterPendingOrderWasCancelled_ReservationReleasedAndOrderStaysCancelled()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = Guid.Parse((await admin.CreateProductAsync(stock: 5)).Id());
        var orderId = await StorePendingOrderAsync(tea, quantity: 2);
        using (var cancelled = await admin.PostAsync(new Uri($"{OrdersClient.Orders}/{orderId}/cancel", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }

        // Catalog reserved for the order before it heard of the cancellation: the late answer arrives now.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await catalog.Products.SingleAsync(p => p.Id == tea)).Reserve(2);
            scope.ServiceProvider.GetRequiredService<IOutbox<AppDbContext>>().Add(new StockReserved(orderId), orderId.ToString());
            await catalog.SaveChangesAsync();
        }

        await Eventually.UntilAsync(
            async () => (await admin.GetProductAsync(tea.ToString())).GetProperty("reserved").GetInt32() == 0, "the late reservation is released");
        Assert.Equal("cancelled", (await admin.GetOrderAsync(orderId.ToString())).Status());
    }

    private async Task<Guid> StorePendingOrderAsync(Guid productId, int quantity)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var order = Order.Place(Guid.CreateVersion7(), [new OrderItem(productId, quantity, 1m)]);
        // Saved past the unit of work: the order exists, but no OrderPlaced reaches Catalog.
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    }
}
