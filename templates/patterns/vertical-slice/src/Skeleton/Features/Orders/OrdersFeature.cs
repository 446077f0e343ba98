using Microsoft.AspNetCore.SignalR;
using Rampart.AspNetCore.Messaging;
using Rampart.AspNetCore.Versioning;
#if RAMPART_JOBS_QUARTZ
using Rampart.AspNetCore.Jobs;
using Skeleton.Features.Orders.CancelStaleOrders;
#endif
using Skeleton.Features.Catalog.Contracts;
using Skeleton.Features.Orders.CancelOrder;
using Skeleton.Features.Orders.GetOrder;
using Skeleton.Features.Orders.ListOrders;
using Skeleton.Features.Orders.OrderUpdates;
using Skeleton.Features.Orders.PlaceOrder;

namespace Skeleton.Features.Orders;

/// <summary>
/// Orders and their lifecycle under <c>/api/v1/orders</c>, and the SignalR hub <c>/hubs/orders</c> that tells an owner
/// about status changes. Prices come from <see cref="IProductCatalog"/>; stock is reserved by Catalog in answer to
/// <c>OrderPlaced</c>, and its answer confirms or rejects the order.
/// </summary>
internal static class OrdersFeature
{
    public const string Name = "orders";

    public static IServiceCollection AddOrders(this IServiceCollection services, MessagingBuilder messaging)
    {
        messaging
            .AddConsumer<StockReserved, ConfirmOrder.ConfirmOrder>("confirm-order")
            .AddConsumer<StockReservationFailed, RejectOrder.RejectOrder>("reject-order")
            .AddConsumer<OrderStatusChanged, NotifyOrderOwner>("notify-order-owner");
        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddScoped<OrderCancellation>();
#if RAMPART_JOBS_QUARTZ
        services.AddOptions<StalePendingOrdersOptions>()
            .BindConfiguration(StalePendingOrdersOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
#endif
        return services;
    }
#if RAMPART_JOBS_QUARTZ

    /// <summary>The feature's slices that the scheduler runs instead of a request, added to the service's one scheduler.</summary>
    public static RampartJobs AddOrderJobs(this RampartJobs jobs) =>
        jobs.Add<CancelStalePendingOrders>(CancelStalePendingOrders.Name, CancelStalePendingOrders.Schedule);
#endif

    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.NewVersionedApi("Orders").MapGroup($"{ApiVersionRoutes.Prefix}/orders").HasApiVersion(1);
        orders.WithTags("Orders").WithModule(Name);
        orders.MapPlaceOrder();
        orders.MapGetOrder();
        orders.MapListOrders();
        orders.MapCancelOrder();
        endpoints.MapHub<OrdersHub>(OrdersHub.Path);
        return endpoints;
    }
}
