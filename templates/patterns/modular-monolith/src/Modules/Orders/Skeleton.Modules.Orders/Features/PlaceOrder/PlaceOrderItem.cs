namespace Skeleton.Modules.Orders.Features.PlaceOrder;

/// <summary>One requested line: a product and how many units.</summary>
internal sealed record PlaceOrderItem(Guid? ProductId, int? Quantity);
