using Rampart.AspNetCore.Data.Entities;
using Skeleton.Core.Orders;

namespace Skeleton.Adapters.Persistence.Orders;

/// <summary>A row of <c>orders</c> with its <c>order_items</c>; version and timestamps kept by Rampart's entity conventions.</summary>
internal sealed class OrderRecord : Entity
{
    public Guid CustomerId { get; init; }

    public OrderStatus Status { get; set; }

    public List<OrderItemRecord> Items { get; init; } = [];

    public decimal Total { get; init; }

    public string? RejectionReason { get; set; }

    public static OrderRecord From(Order order) => new()
    {
        Id = order.Id,
        CustomerId = order.CustomerId,
        Status = order.Status,
        Items = [.. order.Items.Select(i => new OrderItemRecord { ProductId = i.ProductId, Quantity = i.Quantity, UnitPrice = i.UnitPrice })],
        Total = order.Total,
        RejectionReason = order.RejectionReason,
    };

    public Order ToOrder()
    {
        var order = Order.Restore(Id, CustomerId, Status,
            Items.Select(i => new OrderItem { ProductId = i.ProductId, Quantity = i.Quantity, UnitPrice = i.UnitPrice }), Total, RejectionReason);
        order.Stamp(Version, CreatedAt, UpdatedAt);
        return order;
    }

    public void CopyFrom(Order order)
    {
        Status = order.Status;
        RejectionReason = order.RejectionReason;
    }
}
