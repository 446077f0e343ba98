namespace Skeleton.Orders;

/// <summary>The body of <c>POST /api/v1/orders</c>; checked by <see cref="PlaceOrderValidation"/>.</summary>
public sealed record PlaceOrderRequest(IReadOnlyList<PlaceOrderItem?>? Items);
