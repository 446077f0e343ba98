namespace Skeleton.Application.Catalog.DeleteProduct;

/// <summary>Remove the product; with <paramref name="ExpectedVersion"/> only if it is still at that version.</summary>
public sealed record DeleteProductCommand(Guid Id, long? ExpectedVersion);
