using Skeleton.Tests.Architecture.Planted.Features.Catalog.CreateProduct;

namespace Skeleton.Tests.Architecture.Planted.Features.Catalog.ReserveStock;

/// <summary>Planted violation: one slice reaching into another slice of the same feature.</summary>
internal static class UsesAnotherSlice
{
    public static bool Uses(ICreateProductRequest request) => request is not null;
}
