namespace Rampart.Bench.Baseline;

/// <summary>One line of an order as the Shop shows it.</summary>
internal sealed record OrderItemResponse(Guid ProductId, int Quantity, decimal UnitPrice);
