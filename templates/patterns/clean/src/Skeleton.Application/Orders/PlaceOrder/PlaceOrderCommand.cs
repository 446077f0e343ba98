namespace Skeleton.Application.Orders.PlaceOrder;

/// <summary>The caller orders these lines; checked by <see cref="PlaceOrderValidation"/>.</summary>
public sealed record PlaceOrderCommand(IReadOnlyList<PlaceOrderItem?>? Items);
