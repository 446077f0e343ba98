namespace Skeleton.Application.Catalog.CreateProduct;

/// <summary>Add a product to the catalog.</summary>
public sealed record CreateProductCommand(string? Sku, string? Name, decimal? Price, int? Stock);
