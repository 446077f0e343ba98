using Skeleton.Core.Common;

namespace Skeleton.Core.Orders;

/// <summary>
/// An order of one customer. The state machine is
/// pending → confirmed | rejected (Catalog's answer) and pending | confirmed → cancelled (the customer or an admin).
/// Every transition is a method that says no with <see cref="OrderErrors.InvalidState"/> instead of changing anything.
/// </summary>
public sealed class Order : Aggregate
{
    public const int MaxReasonLength = 200;

    private readonly List<OrderItem> _items = [];

    public Guid CustomerId { get; init; }

    public OrderStatus Status { get; private set; } = OrderStatus.Pending;

    public IReadOnlyList<OrderItem> Items => _items;

    public decimal Total { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>An order as it was stored; the persistence adapter's way back in.</summary>
    public static Order Restore(Guid id, Guid customerId, OrderStatus status, IEnumerable<OrderItem> items, decimal total, string? rejectionReason)
    {
        var order = new Order { Id = id, CustomerId = customerId, Status = status, Total = total, RejectionReason = rejectionReason };
        order._items.AddRange(items);
        return order;
    }

    /// <summary>A pending order of <paramref name="customerId"/> with the given lines at the given prices.</summary>
    public static Order Place(Guid customerId, IEnumerable<OrderItem> items)
    {
        var order = new Order { CustomerId = customerId };
        order._items.AddRange(items);
        if (order._items.Count == 0)
        {
            throw new ArgumentException("An order has at least one item.", nameof(items));
        }

        order.Total = order._items.Sum(i => i.Subtotal);
        return order;
    }

    /// <summary>Catalog reserved the stock: pending → confirmed.</summary>
    public Result Confirm() => MoveTo(OrderStatus.Confirmed, "confirmed", OrderStatus.Pending);

    /// <summary>Catalog could not reserve the stock: pending → rejected, with the reason.</summary>
    public Result Reject(string reason)
    {
        var moved = MoveTo(OrderStatus.Rejected, "rejected", OrderStatus.Pending);
        if (moved.IsSuccess)
        {
            RejectionReason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        }

        return moved;
    }

    /// <summary>The customer or an admin cancels: pending or confirmed → cancelled.</summary>
    public Result Cancel() => MoveTo(OrderStatus.Cancelled, "cancelled", OrderStatus.Pending, OrderStatus.Confirmed);

    private Result MoveTo(OrderStatus target, string action, params OrderStatus[] from)
    {
        if (!from.Contains(Status))
        {
            return OrderErrors.InvalidState(Status, action);
        }

        Status = target;
        return Result.Success();
    }
}
