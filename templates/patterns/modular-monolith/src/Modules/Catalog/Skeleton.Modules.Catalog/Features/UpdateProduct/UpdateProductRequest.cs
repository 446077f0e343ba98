namespace Skeleton.Modules.Catalog.Features.UpdateProduct;

/// <summary>The body of <c>PATCH /api/v1/products/{id}</c>: the fields to change; absent or null ones stay.</summary>
internal sealed class UpdateProductRequest
{
    public string? Name { get; init; }

    public decimal? Price { get; init; }

    public int? Stock { get; init; }
}
