using Skeleton.Application.Common;
using Skeleton.Application.Orders;
using Skeleton.Application.Orders.CancelOrder;
using Skeleton.Application.Orders.GetOrder;
using Skeleton.Application.Orders.ListOrders;
using Skeleton.Application.Orders.PlaceOrder;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders;
using Skeleton.Domain.Orders.Events;
using Skeleton.Tests.UseCases.Fakes;

namespace Skeleton.Tests.UseCases;

/// <summary>The orders' use cases against in-memory ports: who may do what, and which events commit with the change.</summary>
public sealed class OrderUseCaseTests
{
    private readonly InMemoryUnitOfWork _unitOfWork = new();
    private readonly InMemoryProductRepository _products;
    private readonly InMemoryOrderRepository _orders;

    public OrderUseCaseTests()
    {
        _products = new InMemoryProductRepository(_unitOfWork);
        _orders = new InMemoryOrderRepository(_unitOfWork);
    }

    [Fact]
    public async Task PlaceOrder_LiveProducts_PendingOrderSavedWithOrderPlaced()
    {
        var tea = _products.Seed("TEA", stock: 5, price: 2.5m);
        var customer = FakeCurrentUser.Customer();

        var result = await Place(customer).HandleAsync(new PlaceOrderCommand([new PlaceOrderItem(tea.Id, 2)]), CancellationToken.None);

        Assert.Equal(("pending", 5m, customer.Id!.Value), (result.Value.Status, result.Value.Total, result.Value.CustomerId));
        var placed = Assert.IsType<OrderPlaced>(_unitOfWork.Committed[0]);
        Assert.Equal([new OrderLine(tea.Id, 2)], placed.Lines);
    }

    [Fact]
    public async Task PlaceOrder_UnknownProduct_FieldErrorAndNothingSaved()
    {
        var result = await Place(FakeCurrentUser.Customer()).HandleAsync(new PlaceOrderCommand([new PlaceOrderItem(Guid.CreateVersion7(), 1)]), CancellationToken.None);

        Assert.Equal(["items[0].productId"], result.Error!.FieldErrors!.Keys);
        Assert.Equal(0, _unitOfWork.Saves);
    }

    [Fact]
    public async Task PlaceOrder_CallerWithoutTheCustomerRole_Forbidden()
    {
        var tea = _products.Seed("TEA", stock: 5);

        var result = await Place(new FakeCurrentUser(Guid.CreateVersion7(), Roles.Admin)).HandleAsync(new PlaceOrderCommand([new PlaceOrderItem(tea.Id, 1)]), CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
    }

    [Fact]
    public async Task GetOrder_SomeoneElses_NotFound()
    {
        var order = _orders.Seed(Guid.CreateVersion7(), Guid.CreateVersion7());

        var result = await new GetOrderHandler(FakeCurrentUser.Customer(), _orders).HandleAsync(order.Id, CancellationToken.None);

        Assert.Equal(OrderErrors.NotFound, result.Error);
    }

    [Fact]
    public async Task GetOrder_Admin_AnyOrder()
    {
        var order = _orders.Seed(Guid.CreateVersion7(), Guid.CreateVersion7());

        var result = await new GetOrderHandler(FakeCurrentUser.Admin(), _orders).HandleAsync(order.Id, CancellationToken.None);

        Assert.Equal(order.Id, result.Value.Id);
    }

    [Fact]
    public async Task ListOrders_CustomerSeesOwnOrdersOnly_AdminSeesEvery()
    {
        var customer = FakeCurrentUser.Customer();
        var own = _orders.Seed(customer.Id!.Value, Guid.CreateVersion7());
        _orders.Seed(Guid.CreateVersion7(), Guid.CreateVersion7());
        var page = new PageQuery(10, null);

        var mine = await new ListOrdersHandler(customer, _orders).HandleAsync(page, CancellationToken.None);
        var all = await new ListOrdersHandler(FakeCurrentUser.Admin(), _orders).HandleAsync(page, CancellationToken.None);

        Assert.Equal([own.Id], mine.Items.Select(o => o.Id));
        Assert.Equal(2, all.Items.Count);
    }

    [Fact]
    public async Task CancelOrder_ConfirmedByOwner_CancelledAndReservationReleased()
    {
        var customer = FakeCurrentUser.Customer();
        var order = _orders.Seed(customer.Id!.Value, Guid.CreateVersion7(), 3, o => o.Confirm());

        var result = await Cancel(customer).HandleAsync(order.Id, CancellationToken.None);

        Assert.Equal("cancelled", result.Value.Status);
        Assert.Contains(new OrderCancelled(order.Id, [new OrderLine(order.Items[0].ProductId, 3)]), _unitOfWork.Committed, new OrderCancelledComparer());
    }

    [Fact]
    public async Task CancelOrder_CatalogAnswersAtTheSameMoment_TriesAgainOnTheFreshOrder()
    {
        var customer = FakeCurrentUser.Customer();
        var order = _orders.Seed(customer.Id!.Value, Guid.CreateVersion7());
        _unitOfWork.FailNextSaveWith(new ConcurrencyConflictException());

        var result = await Cancel(customer).HandleAsync(order.Id, CancellationToken.None);

        Assert.Equal("cancelled", result.Value.Status);
        Assert.Equal(1, _unitOfWork.Saves);
    }

    [Fact]
    public async Task CancelOrder_SomeoneElses_NotFoundAndUnchanged()
    {
        var order = _orders.Seed(Guid.CreateVersion7(), Guid.CreateVersion7());

        var result = await Cancel(FakeCurrentUser.Customer()).HandleAsync(order.Id, CancellationToken.None);

        Assert.Equal(OrderErrors.NotFound, result.Error);
        Assert.Equal(OrderStatus.Pending, _orders.Stored(order.Id).Status);
    }

    private PlaceOrderHandler Place(FakeCurrentUser user) => new(user, _products, _orders, _unitOfWork);

    private CancelOrderHandler Cancel(FakeCurrentUser user) => new(user, new OrderCancellation(_orders, _unitOfWork));

    /// <summary>Records compare their lists by reference; this compares the lines.</summary>
    private sealed class OrderCancelledComparer : IEqualityComparer<IDomainEvent>
    {
        public bool Equals(IDomainEvent? x, IDomainEvent? y) =>
            x is OrderCancelled a && y is OrderCancelled b && a.OrderId == b.OrderId && a.Lines.SequenceEqual(b.Lines);

        public int GetHashCode(IDomainEvent obj) => obj.GetType().GetHashCode();
    }
}
