namespace Skeleton.Orders;

/// <summary>One line of an order as the API shows it.</summary>
public sealed record OrderItemResponse(Guid ProductId, int Quantity, decimal UnitPrice);
