namespace Rampart.Bench.Baseline;

/// <summary>An order as the Shop shows it.</summary>
internal sealed record OrderResponse(
    Guid Id,
    Guid CustomerId,
    string Status,
    IReadOnlyList<OrderItemResponse> Items,
    decimal Total,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    string? RejectionReason);
