using Skeleton.Core.Catalog;
using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Tests.Fakes;

namespace Skeleton.Core.Tests.Catalog;

/// <summary>The catalog use cases against fake adapters.</summary>
public sealed class CatalogUseCaseTests
{
    [Fact]
    public async Task Change_StaleVersion_VersionConflictAndUnchanged()
    {
        var shop = new FakeShop();
        var tea = await shop.ProductAsync();

        var changed = await shop.ManageProducts.ChangeAsync(tea.Id, tea.Version + 1, "Green tea", null, null, CancellationToken.None);

        Assert.Equal(CatalogErrors.VersionConflict, changed.Error);
        Assert.Equal("Tea", tea.Name);
    }

    [Fact]
    public async Task Change_CurrentVersion_ChangedAndVersionRaised()
    {
        var shop = new FakeShop();
        var tea = await shop.ProductAsync();

        var changed = await shop.ManageProducts.ChangeAsync(tea.Id, tea.Version, "Green tea", 3m, null, CancellationToken.None);

        Assert.Equal(("Green tea", 3m, 2L), (changed.Value.Name, changed.Value.Price, changed.Value.Version));
    }

    [Fact]
    public async Task Delete_WithVersionWhileAnotherWriteCommits_VersionConflictWithoutRetry()
    {
        var shop = new FakeShop();
        var tea = await shop.ProductAsync();
        shop.Store.ConflictOnNextCommit = true;

        var deleted = await shop.ManageProducts.DeleteAsync(tea.Id, tea.Version, CancellationToken.None);

        Assert.Equal(CatalogErrors.VersionConflict, deleted.Error);
    }

    [Fact]
    public async Task Create_Invalid_NothingCommitted()
    {
        var shop = new FakeShop();

        var created = await shop.ManageProducts.CreateAsync("bad sku", "", -1m, -1, CancellationToken.None);

        Assert.Equal(["name", "price", "sku", "stock"], created.Error!.FieldErrors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, shop.Store.Commits);
    }

    [Fact]
    public async Task Reserve_EnoughStockForEveryLine_ReservesAllAndAnswersReserved()
    {
        var shop = new FakeShop();
        var tea = await shop.ProductAsync(stock: 3);
        var cup = await shop.ProductAsync(stock: 1);
        var order = Guid.CreateVersion7();

        await shop.ReserveStock.ReserveAsync(new OrderPlaced(order, Guid.CreateVersion7(), [new(tea.Id, 3), new(cup.Id, 1)]), CancellationToken.None);

        Assert.Equal((3, 1), (tea.Reserved, cup.Reserved));
        Assert.Equal(new StockReserved(order), Assert.Single(shop.Events.Published));
    }

    [Fact]
    public async Task Reserve_OneLineShort_ReservesNothingAndSaysWhich()
    {
        var shop = new FakeShop();
        var tea = await shop.ProductAsync(stock: 3);
        var cup = await shop.ProductAsync(stock: 1);

        await shop.ReserveStock.ReserveAsync(new OrderPlaced(Guid.CreateVersion7(), Guid.CreateVersion7(), [new(tea.Id, 3), new(cup.Id, 2)]), CancellationToken.None);

        Assert.Equal((0, 0), (tea.Reserved, cup.Reserved));
        var failed = Assert.IsType<StockReservationFailed>(Assert.Single(shop.Events.Published));
        Assert.StartsWith("insufficient_stock", failed.Reason, StringComparison.Ordinal);
        Assert.Contains(cup.Id.ToString(), failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_ProductDeletedSince_StillGivesTheReservationBack()
    {
        var shop = new FakeShop();
        var tea = await shop.ProductAsync(stock: 3);
        tea.Reserved = 2;
        await shop.ManageProducts.DeleteAsync(tea.Id, null, CancellationToken.None);

        await shop.ReserveStock.ReleaseAsync(new OrderCancelled(Guid.CreateVersion7(), [new(tea.Id, 2)]), CancellationToken.None);

        Assert.Equal(0, tea.Reserved);
    }
}
