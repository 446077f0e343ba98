using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Catalog.UseCases;
using Skeleton.Core.Orders.Ports;
using Skeleton.Core.Orders.UseCases;

namespace Skeleton.Adapters.Http.Composition;

/// <summary>The core's inbound ports and their use cases. The core itself knows no container.</summary>
internal static class CoreUseCases
{
    public static IServiceCollection AddCoreUseCases(this IServiceCollection services)
    {
        services.AddScoped<IManageProducts, ManageProducts>();
        services.AddScoped<IFindProducts, FindProducts>();
        services.AddScoped<IReserveStock, ReserveStock>();
        services.AddScoped<IProductPrices, ProductPrices>();
        services.AddScoped<IPlaceOrder, PlaceOrder>();
        services.AddScoped<IFindOrders, FindOrders>();
        services.AddScoped<OrderCancellation>();
        services.AddScoped<ICancelOrder, CancelOrder>();
#if RAMPART_JOBS_QUARTZ
        services.AddScoped<ICancelStalePendingOrders, CancelStalePendingOrders>();
#endif
        services.AddScoped<IConcludeOrder, ConcludeOrder>();
        return services;
    }
}
