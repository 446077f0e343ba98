using Skeleton.Tests.Architecture.Planted.Adapters.Http.Catalog;

namespace Skeleton.Tests.Architecture.Planted.Adapters.Http.Orders;

/// <summary>Planted: Orders' endpoints using Catalog's inside the same adapter.</summary>
internal sealed class UsesCatalogRoutes(ProductRoutes routes)
{
    public ProductRoutes Routes { get; } = routes;
}
