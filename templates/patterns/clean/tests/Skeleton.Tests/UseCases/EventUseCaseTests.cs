using Skeleton.Application.Catalog.ReleaseStock;
using Skeleton.Application.Catalog.ReserveStock;
using Skeleton.Application.Orders.ConfirmOrder;
using Skeleton.Application.Orders.RejectOrder;
using Skeleton.Domain.Catalog.Events;
using Skeleton.Domain.Orders;
using Skeleton.Domain.Orders.Events;
using Skeleton.Tests.UseCases.Fakes;

namespace Skeleton.Tests.UseCases;

/// <summary>The use cases that events start, against in-memory ports: the order flow between Orders and Catalog.</summary>
public sealed class EventUseCaseTests
{
    private readonly InMemoryUnitOfWork _unitOfWork = new();
    private readonly InMemoryProductRepository _products;
    private readonly InMemoryOrderRepository _orders;

    public EventUseCaseTests()
    {
        _products = new InMemoryProductRepository(_unitOfWork);
        _orders = new InMemoryOrderRepository(_unitOfWork);
    }

    [Fact]
    public async Task ReserveStock_EnoughForEveryLine_ReservedAndStockReservedCommitted()
    {
        var tea = _products.Seed("TEA", stock: 3);
        var orderId = Guid.CreateVersion7();

        await new ReserveStockHandler(_products, _unitOfWork, _unitOfWork)
            .HandleAsync(new OrderPlaced(orderId, Guid.CreateVersion7(), [new OrderLine(tea.Id, 3)]), CancellationToken.None);

        Assert.Equal(3, _products.Stored(tea.Id).Reserved);
        Assert.Equal([new StockReserved(orderId)], _unitOfWork.Committed);
    }

    [Fact]
    public async Task ReserveStock_DeletedProduct_NothingReservedAndFailureCommitted()
    {
        var tea = _products.Seed("TEA", stock: 3);
        _products.RemoveStored(tea.Id);

        await new ReserveStockHandler(_products, _unitOfWork, _unitOfWork)
            .HandleAsync(new OrderPlaced(Guid.CreateVersion7(), Guid.CreateVersion7(), [new OrderLine(tea.Id, 1)]), CancellationToken.None);

        Assert.Equal(0, _products.Stored(tea.Id).Reserved);
        Assert.IsType<StockReservationFailed>(Assert.Single(_unitOfWork.Committed));
    }

    [Fact]
    public async Task ReleaseStock_ProductDeletedSince_StillReleased()
    {
        var tea = _products.Seed("TEA", stock: 3, reserved: 2);
        _products.RemoveStored(tea.Id);

        await new ReleaseStockHandler(_products, _unitOfWork).HandleAsync(new OrderCancelled(Guid.CreateVersion7(), [new OrderLine(tea.Id, 2)]), CancellationToken.None);

        Assert.Equal(0, _products.Stored(tea.Id).Reserved);
    }

    [Fact]
    public async Task ConfirmOrder_Pending_ConfirmedAndOwnerToldAfterCommit()
    {
        var order = _orders.Seed(Guid.CreateVersion7(), Guid.CreateVersion7());

        var result = await new ConfirmOrderHandler(_orders, _unitOfWork).HandleAsync(new StockReserved(order.Id), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(OrderStatus.Confirmed, _orders.Stored(order.Id).Status);
        Assert.Equal([new OrderStatusChanged(order.Id, order.CustomerId, "confirmed")], _unitOfWork.Committed);
    }

    [Fact]
    public async Task ConfirmOrder_UnknownOrder_FailsAndSavesNothing()
    {
        var result = await new ConfirmOrderHandler(_orders, _unitOfWork).HandleAsync(new StockReserved(Guid.CreateVersion7()), CancellationToken.None);

        Assert.Equal(OrderErrors.NotFound, result.Error);
        Assert.Equal(0, _unitOfWork.Saves);
    }

    [Fact]
    public async Task RejectOrder_AlreadyConfirmed_InvalidStateAndUnchanged()
    {
        var order = _orders.Seed(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, o => o.Confirm());

        var result = await new RejectOrderHandler(_orders, _unitOfWork).HandleAsync(new StockReservationFailed(order.Id, "insufficient_stock"), CancellationToken.None);

        Assert.Equal("orders.invalid_state", result.Error?.Code);
        Assert.Equal(OrderStatus.Confirmed, _orders.Stored(order.Id).Status);
    }
}
