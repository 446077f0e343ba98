using Skeleton.Application.Orders.PlaceOrder;
using Skeleton.Domain.Orders;
using Skeleton.Domain.Orders.Events;

namespace Skeleton.Tests.Orders;

public sealed class OrderRulesTests
{
    private static Order NewOrder() => Order.Place(Guid.CreateVersion7(),
    [
        new OrderItem(Guid.CreateVersion7(), 2, 4.25m),
        new OrderItem(Guid.CreateVersion7(), 3, 1.10m),
    ]);

    [Fact]
    public void Place_TwoLines_TotalIsSumOfQuantityTimesPriceAndStatusPending()
    {
        var order = NewOrder();

        Assert.Equal(11.80m, order.Total);
        Assert.Equal(OrderStatus.Pending, order.Status);
    }

    [Fact]
    public void Place_NoLines_Throws() =>
        Assert.Throws<ArgumentException>(() => Order.Place(Guid.CreateVersion7(), []));

    [Fact]
    public void Confirm_Pending_Confirmed()
    {
        var order = NewOrder();

        Assert.True(order.Confirm().IsSuccess);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("cancel")]
    public void Transition_FromCancelled_InvalidStateAndUnchanged(string action)
    {
        var order = NewOrder();
        Assert.True(order.Cancel().IsSuccess);

        var result = action == "reject" ? order.Reject("insufficient_stock") : order.Cancel();

        Assert.Equal("orders.invalid_state", result.Error?.Code);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Null(order.RejectionReason);
    }

    [Fact]
    public void Place_RaisesOrderPlacedWithTheLinesAndTheStatus()
    {
        var order = NewOrder();

        var placed = Assert.IsType<OrderPlaced>(order.DomainEvents.First());
        Assert.Equal(order.Id, placed.OrderId);
        Assert.Equal(order.Items.Select(i => new OrderLine(i.ProductId, i.Quantity)), placed.Lines);
        Assert.Equal(new OrderStatusChanged(order.Id, order.CustomerId, "pending"), order.DomainEvents.Last());
    }

    [Fact]
    public void Cancel_Confirmed_RaisesOrderCancelledToReleaseTheReservation()
    {
        var order = NewOrder();
        order.Confirm();
        order.ClearDomainEvents();

        order.Cancel();

        Assert.Equal([typeof(OrderStatusChanged), typeof(OrderCancelled)], order.DomainEvents.Select(e => e.GetType()));
    }

    [Fact]
    public void Cancel_Pending_NothingToRelease()
    {
        var order = NewOrder();
        order.ClearDomainEvents();

        order.Cancel();

        Assert.Equal([new OrderStatusChanged(order.Id, order.CustomerId, "cancelled")], order.DomainEvents);
    }

    [Fact]
    public void Confirm_CancelledWhilePending_StaysCancelledAndHandsTheReservationBack()
    {
        var order = NewOrder();
        order.Cancel();
        order.ClearDomainEvents();

        var result = order.Confirm();

        Assert.True(result.IsSuccess);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.IsType<OrderCancelled>(Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void Reject_Pending_RejectedWithReason()
    {
        var order = NewOrder();

        Assert.True(order.Reject("insufficient_stock: product x").IsSuccess);
        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal("insufficient_stock: product x", order.RejectionReason);
    }

    [Fact]
    public void Reject_OverlongReason_Truncated()
    {
        var order = NewOrder();

        order.Reject(new string('x', 500));

        Assert.Equal(Order.MaxReasonLength, order.RejectionReason!.Length);
    }

    [Fact]
    public void Cancel_Confirmed_Cancelled()
    {
        var order = NewOrder();
        order.Confirm();

        Assert.True(order.Cancel().IsSuccess);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    [Fact]
    public void Cancel_Rejected_InvalidState()
    {
        var order = NewOrder();
        order.Reject("insufficient_stock");

        Assert.Equal("orders.invalid_state", order.Cancel().Error?.Code);
    }

    [Fact]
    public void Confirm_Twice_SecondIsInvalidState()
    {
        var order = NewOrder();
        order.Confirm();

        Assert.Equal("orders.invalid_state", order.Confirm().Error?.Code);
    }

    [Fact]
    public void Validate_DuplicateProductZeroQuantityAndMissingId_NamesEachField()
    {
        var id = Guid.CreateVersion7();
        var request = new PlaceOrderCommand([new PlaceOrderItem(id, 1), new PlaceOrderItem(id, 0), new PlaceOrderItem(null, 1)]);

        var result = PlaceOrderValidation.Validate(request);

        Assert.False(result.IsSuccess);
        Assert.Equal(["items[1].productId", "items[1].quantity", "items[2].productId"], result.Error!.FieldErrors!.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(PlaceOrderValidation.MaxItems + 1)]
    public void Validate_ItemCountOutOfRange_ItemsError(int count)
    {
        var request = new PlaceOrderCommand([.. Enumerable.Range(0, count).Select(_ => new PlaceOrderItem(Guid.CreateVersion7(), 1))]);

        var result = PlaceOrderValidation.Validate(request);

        Assert.Equal(["items"], result.Error!.FieldErrors!.Keys);
    }

    [Fact]
    public void Price_UnknownProduct_FieldErrorOnThatLine()
    {
        var known = Guid.CreateVersion7();
        var prices = new Dictionary<Guid, decimal> { [known] = 2m };

        var result = PlaceOrderValidation.Price([(known, 1), (Guid.CreateVersion7(), 1)], prices);

        Assert.Equal(["items[1].productId"], result.Error!.FieldErrors!.Keys);
    }
}
