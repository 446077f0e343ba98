namespace Skeleton.Application.Orders;

/// <summary>One line of an order as the use cases hand it out.</summary>
public sealed record OrderItemDto(Guid ProductId, int Quantity, decimal UnitPrice);
