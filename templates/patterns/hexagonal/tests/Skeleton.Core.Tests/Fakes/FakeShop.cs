using Skeleton.Core.Catalog;
using Skeleton.Core.Catalog.UseCases;
using Skeleton.Core.Common;
using Skeleton.Core.Orders.UseCases;

namespace Skeleton.Core.Tests.Fakes;

/// <summary>The core's use cases wired to fake adapters only: what a test arranges and asserts on.</summary>
internal sealed class FakeShop
{
    public FakeShop()
    {
        Store = new InMemoryStore(Clock);
        Products = new InMemoryProductRepository(Store);
        Orders = new InMemoryOrderRepository(Store);
    }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public InMemoryStore Store { get; }

    public InMemoryProductRepository Products { get; }

    public InMemoryOrderRepository Orders { get; }

    public RecordingEvents Events { get; } = new();

    public RecordingNotificationSender Notifications { get; } = new();

    public ManageProducts ManageProducts => new(Products, Store);

    public ReserveStock ReserveStock => new(Products, Events, Store);

    public PlaceOrder PlaceOrder => new(new ProductPrices(Products), Orders, Events, Store);

    public CancelOrder CancelOrder => new(new OrderCancellation(Orders, Events, Store));
#if RAMPART_JOBS_QUARTZ

    public CancelStalePendingOrders CancelStalePendingOrders => new(Orders, new OrderCancellation(Orders, Events, Store), Clock);
#endif

    public ConcludeOrder ConcludeOrder => new(Orders, Events, Notifications, Store, Clock);

    public static Caller Customer() => new(Guid.CreateVersion7(), IsAdmin: false);

    public async Task<Product> ProductAsync(int stock = 10, decimal price = 2.5m)
    {
        var created = await ManageProducts.CreateAsync($"SKU-{Guid.NewGuid():N}"[..20].ToUpperInvariant(), "Tea", price, stock, CancellationToken.None);
        return created.Value;
    }
}
