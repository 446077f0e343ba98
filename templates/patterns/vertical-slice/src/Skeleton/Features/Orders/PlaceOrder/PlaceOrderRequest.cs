namespace Skeleton.Features.Orders.PlaceOrder;

/// <summary>The body of <c>POST /api/v1/orders</c>; checked by <see cref="PlaceOrderValidation"/>.</summary>
internal sealed record PlaceOrderRequest(IReadOnlyList<PlaceOrderItem?>? Items);
