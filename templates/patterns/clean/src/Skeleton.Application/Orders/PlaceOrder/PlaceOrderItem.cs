namespace Skeleton.Application.Orders.PlaceOrder;

/// <summary>One requested line: a product and how many units (as sent: either may be missing).</summary>
public sealed record PlaceOrderItem(Guid? ProductId, int? Quantity);
