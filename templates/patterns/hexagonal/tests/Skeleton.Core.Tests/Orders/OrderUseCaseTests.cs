using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Orders;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Tests.Fakes;

namespace Skeleton.Core.Tests.Orders;

/// <summary>The orders use cases against fake adapters: what they store, publish and notify.</summary>
public sealed class OrderUseCaseTests
{
    [Fact]
    public async Task Place_KnownProducts_StoresPendingOrderAndPublishesPlacedWithIt()
    {
        var shop = new FakeShop();
        var tea = await shop.ProductAsync(price: 2.5m);
        var customer = FakeShop.Customer();

        var placed = await shop.PlaceOrder.PlaceAsync(customer, [new RequestedLine(tea.Id, 2)], CancellationToken.None);

        Assert.Equal(OrderStatus.Pending, placed.Value.Status);
        Assert.Equal(5m, placed.Value.Total);
        var published = Assert.IsType<OrderPlaced>(shop.Events.Published[0]);
        Assert.Equal([new OrderLine(tea.Id, 2)], published.Lines);
        Assert.Equal(1, placed.Value.Version);
    }

    [Fact]
    public async Task Place_UnknownProduct_ValidationErrorAndNothingStoredOrPublished()
    {
        var shop = new FakeShop();
        var commits = shop.Store.Commits;

        var placed = await shop.PlaceOrder.PlaceAsync(FakeShop.Customer(), [new RequestedLine(Guid.CreateVersion7(), 1)], CancellationToken.None);

        Assert.Equal("orders.invalid_order", placed.Error?.Code);
        Assert.Empty(shop.Events.Published);
        Assert.Equal(commits, shop.Store.Commits);
    }

    [Fact]
    public async Task Confirm_PendingOrder_ConfirmsAndNotifiesTheCustomerOnce()
    {
        var shop = new FakeShop();
        var order = await PlacedAsync(shop);

        var confirmed = await shop.ConcludeOrder.ConfirmAsync(new StockReserved(order.Id), CancellationToken.None);

        Assert.True(confirmed.IsSuccess);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        var sent = Assert.Single(shop.Notifications.Sent);
        Assert.Equal((order.Id, order.CustomerId, order.Total, shop.Clock.Now), (sent.OrderId, sent.CustomerId, sent.Total, sent.ConfirmedAt));
    }

    [Fact]
    public async Task Confirm_Twice_SecondIsInvalidStateAndNotifiesNobody()
    {
        var shop = new FakeShop();
        var order = await PlacedAsync(shop);
        await shop.ConcludeOrder.ConfirmAsync(new StockReserved(order.Id), CancellationToken.None);

        var again = await shop.ConcludeOrder.ConfirmAsync(new StockReserved(order.Id), CancellationToken.None);

        Assert.Equal("orders.invalid_state", again.Error?.Code);
        Assert.Single(shop.Notifications.Sent);
    }

    [Fact]
    public async Task Confirm_OrderCancelledWhilePending_HandsTheStockBackAndNotifiesNobody()
    {
        var shop = new FakeShop();
        var order = await PlacedAsync(shop);
        await shop.CancelOrder.CancelAsync(new(order.CustomerId, IsAdmin: false), order.Id, CancellationToken.None);

        await shop.ConcludeOrder.ConfirmAsync(new StockReserved(order.Id), CancellationToken.None);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.IsType<OrderCancelled>(shop.Events.Published[^1]);
        Assert.Empty(shop.Notifications.Sent);
    }

    [Fact]
    public async Task Reject_PendingOrder_RejectedWithReasonAndNotNotified()
    {
        var shop = new FakeShop();
        var order = await PlacedAsync(shop);

        await shop.ConcludeOrder.RejectAsync(new StockReservationFailed(order.Id, "insufficient_stock"), CancellationToken.None);

        Assert.Equal((OrderStatus.Rejected, "insufficient_stock"), (order.Status, order.RejectionReason));
        Assert.Empty(shop.Notifications.Sent);
    }

    [Fact]
    public async Task Cancel_SomeoneElsesOrder_NotFoundAndUnchanged()
    {
        var shop = new FakeShop();
        var order = await PlacedAsync(shop);

        var cancelled = await shop.CancelOrder.CancelAsync(FakeShop.Customer(), order.Id, CancellationToken.None);

        Assert.Equal("orders.order_not_found", cancelled.Error?.Code);
        Assert.Equal(OrderStatus.Pending, order.Status);
    }

    [Fact]
    public async Task Cancel_ConfirmedOrderByAnAdmin_PublishesCancelledForTheStock()
    {
        var shop = new FakeShop();
        var order = await PlacedAsync(shop);
        await shop.ConcludeOrder.ConfirmAsync(new StockReserved(order.Id), CancellationToken.None);

        var cancelled = await shop.CancelOrder.CancelAsync(new(Guid.CreateVersion7(), IsAdmin: true), order.Id, CancellationToken.None);

        Assert.Equal(OrderStatus.Cancelled, cancelled.Value.Status);
        Assert.Contains(shop.Events.Published, e => e is OrderCancelled c && c.OrderId == order.Id);
    }

    private static async Task<Order> PlacedAsync(FakeShop shop)
    {
        var tea = await shop.ProductAsync();
        return (await shop.PlaceOrder.PlaceAsync(FakeShop.Customer(), [new RequestedLine(tea.Id, 1)], CancellationToken.None)).Value;
    }
}
