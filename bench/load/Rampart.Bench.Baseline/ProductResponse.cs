namespace Rampart.Bench.Baseline;

/// <summary>A product as the Shop shows it.</summary>
internal sealed record ProductResponse(
    Guid Id, string Sku, string Name, decimal Price, int Stock, int Reserved, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
