#if RAMPART_JOBS_QUARTZ
using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Orders;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Tests.Fakes;

namespace Skeleton.Core.Tests.Orders;

/// <summary>The stale-order cancel against fake adapters and a clock the test moves: which orders it cancels and what it publishes.</summary>
public sealed class CancelStalePendingOrdersTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task CancelStalePending_PendingPastTheTimeout_CancelledWithItsStatusPublished()
    {
        var shop = new FakeShop();
        var stale = await PlaceAsync(shop);
        var answered = await PlaceAsync(shop);
        await shop.ConcludeOrder.ConfirmAsync(new StockReserved(answered.Id), CancellationToken.None);
        shop.Clock.Now += TimeSpan.FromHours(1);
        var recent = await PlaceAsync(shop);

        var cancelled = await shop.CancelStalePendingOrders.CancelStalePendingAsync(Timeout, batchSize: 100, CancellationToken.None);

        Assert.Equal(1, cancelled);
        Assert.Equal(OrderStatus.Cancelled, stale.Status);
        Assert.Equal(OrderStatus.Pending, recent.Status);
        Assert.Equal(OrderStatus.Confirmed, answered.Status);
        var changed = Assert.IsType<OrderStatusChanged>(shop.Events.Published[^1]);
        Assert.Equal(stale.Id, changed.OrderId);
    }

    [Fact]
    public async Task CancelStalePending_MoreThanABatch_CancelsTheOldestBatchOnly()
    {
        var shop = new FakeShop();
        var oldest = await PlaceAsync(shop);
        shop.Clock.Now += TimeSpan.FromMinutes(1);
        var older = await PlaceAsync(shop);
        shop.Clock.Now += TimeSpan.FromHours(1);

        var cancelled = await shop.CancelStalePendingOrders.CancelStalePendingAsync(Timeout, batchSize: 1, CancellationToken.None);

        Assert.Equal(1, cancelled);
        Assert.Equal(OrderStatus.Cancelled, oldest.Status);
        Assert.Equal(OrderStatus.Pending, older.Status);
    }

    private static async Task<Order> PlaceAsync(FakeShop shop)
    {
        var tea = await shop.ProductAsync();
        return (await shop.PlaceOrder.PlaceAsync(FakeShop.Customer(), [new RequestedLine(tea.Id, 1)], CancellationToken.None)).Value;
    }
}
#endif
