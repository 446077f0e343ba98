namespace Skeleton.Adapters.Http.Orders;

/// <summary>One line of an order as the API shows it.</summary>
internal sealed record OrderItemResponse(Guid ProductId, int Quantity, decimal UnitPrice);
