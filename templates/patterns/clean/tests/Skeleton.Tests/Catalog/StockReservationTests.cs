using Skeleton.Domain.Catalog;
using Skeleton.Domain.Catalog.Events;
using Skeleton.Domain.Orders.Events;

namespace Skeleton.Tests.Catalog;

public sealed class StockReservationTests
{
    private static readonly Guid OrderId = Guid.CreateVersion7();

    [Fact]
    public void Reserve_EveryLineAvailable_ReservesAllAndAnswersStockReserved()
    {
        var tea = Product.Create("TEA", "Tea", 1m, 5).Value;
        var cup = Product.Create("CUP", "Cup", 2m, 1).Value;

        var answer = StockReservation.Reserve(OrderId, [new OrderLine(tea.Id, 5), new OrderLine(cup.Id, 1)], Catalog(tea, cup));

        Assert.Equal(new StockReserved(OrderId), answer);
        Assert.Equal((5, 1), (tea.Reserved, cup.Reserved));
    }

    [Fact]
    public void Reserve_OneLineShort_ReservesNothingAndNamesTheProduct()
    {
        var tea = Product.Create("TEA", "Tea", 1m, 5).Value;
        var cup = Product.Create("CUP", "Cup", 2m, 1).Value;

        var answer = StockReservation.Reserve(OrderId, [new OrderLine(tea.Id, 2), new OrderLine(cup.Id, 2)], Catalog(tea, cup));

        var failed = Assert.IsType<StockReservationFailed>(answer);
        Assert.StartsWith($"{StockReservation.InsufficientStock}: product {cup.Id} has 1 available, 2 ordered", failed.Reason, StringComparison.Ordinal);
        Assert.Equal((0, 0), (tea.Reserved, cup.Reserved));
    }

    [Fact]
    public void Reserve_ProductNoLongerSold_ProductUnavailable()
    {
        var answer = StockReservation.Reserve(OrderId, [new OrderLine(Guid.CreateVersion7(), 1)], Catalog());

        Assert.StartsWith(StockReservation.ProductUnavailable, Assert.IsType<StockReservationFailed>(answer).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_MoreThanReserved_StopsAtZero()
    {
        var tea = Product.Create("TEA", "Tea", 1m, 5).Value;
        tea.Reserve(2);

        tea.Release(3);

        Assert.Equal(0, tea.Reserved);
    }

    private static Dictionary<Guid, Product> Catalog(params Product[] products) => products.ToDictionary(p => p.Id);
}
