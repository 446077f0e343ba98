using Skeleton.Tests.Architecture.Planted.Products;

namespace Skeleton.Tests.Architecture.Planted.Orders;

/// <summary>Planted: one resource's service using another resource's service.</summary>
internal sealed class PlantedOrderService(PlantedProductService products)
{
    public int Stock() => products.Stock();
}
