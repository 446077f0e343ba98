namespace Rampart.Bench.Baseline;

/// <summary>The body of <c>POST /api/v1/products</c>.</summary>
internal sealed record CreateProductRequest(string? Sku, string? Name, decimal? Price, int? Stock);
