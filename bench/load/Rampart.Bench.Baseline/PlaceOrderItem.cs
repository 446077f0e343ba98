namespace Rampart.Bench.Baseline;

/// <summary>One requested order line.</summary>
internal sealed record PlaceOrderItem(Guid ProductId, int Quantity);
