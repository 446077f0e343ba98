namespace Skeleton.Modules.Catalog.Features.UpdateProduct;

/// <summary>The body of <c>PATCH /api/v1/products/{id}</c>: the fields to change; absent or null ones stay.</summary>
internal sealed record UpdateProductRequest(string? Name, decimal? Price, int? Stock);
