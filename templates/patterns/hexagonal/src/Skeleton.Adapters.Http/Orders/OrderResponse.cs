using Skeleton.Core.Orders;

namespace Skeleton.Adapters.Http.Orders;

/// <summary>An order as the API shows it.</summary>
internal sealed record OrderResponse(
    Guid Id,
    Guid CustomerId,
    string Status,
    IReadOnlyList<OrderItemResponse> Items,
    decimal Total,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    string? RejectionReason)
{
    public static OrderResponse From(Order order) => new(
        order.Id,
        order.CustomerId,
        order.Status.ToName(),
        [.. order.Items.Select(i => new OrderItemResponse(i.ProductId, i.Quantity, i.UnitPrice))],
        order.Total,
        order.CreatedAt,
        order.UpdatedAt,
        order.Version,
        order.RejectionReason);
}
