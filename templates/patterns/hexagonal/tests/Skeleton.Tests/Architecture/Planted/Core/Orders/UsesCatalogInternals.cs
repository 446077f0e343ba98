using Skeleton.Tests.Architecture.Planted.Core.Catalog;

namespace Skeleton.Tests.Architecture.Planted.Core.Orders;

/// <summary>Planted: Orders using Catalog's model instead of its contracts.</summary>
internal sealed class UsesCatalogInternals(ProductShelf shelf)
{
    public ProductShelf Shelf { get; } = shelf;
}
