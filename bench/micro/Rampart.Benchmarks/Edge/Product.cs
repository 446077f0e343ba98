namespace Rampart.Benchmarks.Edge;

/// <summary>What the benchmark endpoints return: a product of the Shop's shape.</summary>
public sealed record Product(Guid Id, string Sku, string Name, decimal Price, int Stock, DateTimeOffset CreatedAt)
{
    public static Product Sample(Guid id) =>
        new(id, "SKU-000042", "Espresso cup", 12.50m, 17, new DateTimeOffset(2026, 11, 21, 4, 0, 0, TimeSpan.Zero));
}
