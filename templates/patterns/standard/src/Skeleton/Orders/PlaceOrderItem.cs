namespace Skeleton.Orders;

/// <summary>One requested line: a product and how many units.</summary>
public sealed record PlaceOrderItem(Guid? ProductId, int? Quantity);
