namespace Skeleton.Core.Orders;

/// <summary>One line of an order, with the price the product had when the order was placed.</summary>
public sealed class OrderItem
{
    public Guid ProductId { get; init; }

    public int Quantity { get; init; }

    public decimal UnitPrice { get; init; }

    public decimal Subtotal => UnitPrice * Quantity;
}
