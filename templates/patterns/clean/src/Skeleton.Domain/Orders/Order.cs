using Skeleton.Domain.Common;
using Skeleton.Domain.Orders.Events;

namespace Skeleton.Domain.Orders;

/// <summary>
/// An order of one customer. Its life is pending → confirmed | rejected (Catalog's answer) and pending | confirmed →
/// cancelled (the customer or an admin). Every transition is a method that says no with
/// <see cref="OrderErrors.InvalidState"/> instead of changing anything, and raises <see cref="OrderStatusChanged"/>
/// when it moves.
/// </summary>
public sealed class Order : Entity
{
    public const int MaxReasonLength = 200;

    private readonly List<OrderItem> _items = [];

    private Order()
    {
    }

    public Guid CustomerId { get; private set; }

    public OrderStatus Status { get; private set; } = OrderStatus.Pending;

    public IReadOnlyList<OrderItem> Items => _items;

    public decimal Total { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>A pending order of <paramref name="customerId"/> with the given lines at the given prices; raises <see cref="OrderPlaced"/>.</summary>
    public static Order Place(Guid customerId, IEnumerable<OrderItem> items)
    {
        var order = new Order { CustomerId = customerId };
        order._items.AddRange(items);
        if (order._items.Count == 0)
        {
            throw new ArgumentException("An order has at least one item.", nameof(items));
        }

        order.Total = order._items.Sum(i => i.Subtotal);
        order.Raise(new OrderPlaced(order.Id, customerId, order.Lines()));
        order.Raise(new OrderStatusChanged(order.Id, customerId, order.Status.ToName()));
        return order;
    }

    /// <summary>
    /// Catalog reserved the stock: pending → confirmed. An order cancelled while it waited stays cancelled and hands the
    /// late reservation straight back (<see cref="OrderCancelled"/>).
    /// </summary>
    public Result Confirm()
    {
        if (Status == OrderStatus.Cancelled)
        {
            Raise(new OrderCancelled(Id, Lines()));
            return Result.Success();
        }

        return MoveTo(OrderStatus.Confirmed, "confirmed", OrderStatus.Pending);
    }

    /// <summary>Catalog could not reserve the stock: pending → rejected, with the reason.</summary>
    public Result Reject(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var moved = MoveTo(OrderStatus.Rejected, "rejected", OrderStatus.Pending);
        if (moved.IsSuccess)
        {
            RejectionReason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        }

        return moved;
    }

    /// <summary>
    /// The customer or an admin cancels: pending or confirmed → cancelled. A confirmed order's stock was reserved, so it
    /// raises <see cref="OrderCancelled"/> for Catalog to release it; a pending one has nothing reserved yet.
    /// </summary>
    public Result Cancel()
    {
        var wasConfirmed = Status == OrderStatus.Confirmed;
        var moved = MoveTo(OrderStatus.Cancelled, "cancelled", OrderStatus.Pending, OrderStatus.Confirmed);
        if (moved.IsSuccess && wasConfirmed)
        {
            Raise(new OrderCancelled(Id, Lines()));
        }

        return moved;
    }

    /// <summary>Whether <paramref name="customerId"/> placed this order.</summary>
    public bool IsOwnedBy(Guid customerId) => CustomerId == customerId;

    private Result MoveTo(OrderStatus target, string action, params OrderStatus[] from)
    {
        if (!from.Contains(Status))
        {
            return OrderErrors.InvalidState(Status, action);
        }

        Status = target;
        Raise(new OrderStatusChanged(Id, CustomerId, Status.ToName()));
        return Result.Success();
    }

    private List<OrderLine> Lines() => [.. _items.Select(i => new OrderLine(i.ProductId, i.Quantity))];
}
