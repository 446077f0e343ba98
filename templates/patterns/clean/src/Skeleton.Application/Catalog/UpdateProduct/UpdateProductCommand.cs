namespace Skeleton.Application.Catalog.UpdateProduct;

/// <summary>Change the given fields (null = unchanged) of the product, if it is still at <paramref name="ExpectedVersion"/>.</summary>
public sealed record UpdateProductCommand(Guid Id, long ExpectedVersion, string? Name, decimal? Price, int? Stock);
