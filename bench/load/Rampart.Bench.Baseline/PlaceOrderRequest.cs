namespace Rampart.Bench.Baseline;

/// <summary>The body of <c>POST /api/v1/orders</c>.</summary>
internal sealed record PlaceOrderRequest(IReadOnlyList<PlaceOrderItem>? Items);
