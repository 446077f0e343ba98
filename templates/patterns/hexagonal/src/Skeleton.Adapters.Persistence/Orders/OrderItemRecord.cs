namespace Skeleton.Adapters.Persistence.Orders;

/// <summary>A row of <c>order_items</c>, owned by its order.</summary>
internal sealed class OrderItemRecord
{
    public Guid ProductId { get; init; }

    public int Quantity { get; init; }

    public decimal UnitPrice { get; init; }
}
