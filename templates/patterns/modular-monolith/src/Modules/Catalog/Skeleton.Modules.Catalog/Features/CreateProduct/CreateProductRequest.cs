namespace Skeleton.Modules.Catalog.Features.CreateProduct;

/// <summary>The body of <c>POST /api/v1/products</c>; the rules are checked by <see cref="Products.Product.Create"/>.</summary>
internal sealed record CreateProductRequest(string? Sku, string? Name, decimal? Price, int? Stock);
