namespace Skeleton.Features.Orders.PlaceOrder;

/// <summary>One requested line: a product and how many units.</summary>
internal sealed record PlaceOrderItem(Guid? ProductId, int? Quantity);
