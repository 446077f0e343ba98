using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders;

/// <summary>An order as the use cases hand it out (and the API shows it).</summary>
public sealed record OrderDto(
    Guid Id,
    Guid CustomerId,
    string Status,
    IReadOnlyList<OrderItemDto> Items,
    decimal Total,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    string? RejectionReason)
{
    public static OrderDto From(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(
            order.Id,
            order.CustomerId,
            order.Status.ToName(),
            [.. order.Items.Select(i => new OrderItemDto(i.ProductId, i.Quantity, i.UnitPrice))],
            order.Total,
            order.CreatedAt,
            order.UpdatedAt,
            order.Version,
            order.RejectionReason);
    }
}
