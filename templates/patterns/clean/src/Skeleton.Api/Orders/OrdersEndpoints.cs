using Microsoft.AspNetCore.SignalR;
using Rampart.AspNetCore.Versioning;
using Skeleton.Api.Orders.OrderUpdates;
using Skeleton.Application.Orders;
using Skeleton.Application.Orders.CancelOrder;
using Skeleton.Application.Orders.GetOrder;
using Skeleton.Application.Orders.ListOrders;
using Skeleton.Application.Orders.PlaceOrder;

namespace Skeleton.Api.Orders;

/// <summary>
/// The orders' routes under <c>/api/v1/orders</c>, the use cases they call, and the SignalR hub <c>/hubs/orders</c> that
/// tells an owner about status changes (the application's <see cref="IOrderNotifier"/>).
/// </summary>
internal static class OrdersEndpoints
{
    public const string Module = "orders";

    public static IServiceCollection AddOrdersEndpoints(this IServiceCollection services)
    {
        services
            .AddScoped<PlaceOrderHandler>()
            .AddScoped<GetOrderHandler>()
            .AddScoped<ListOrdersHandler>()
            .AddScoped<CancelOrderHandler>()
            .AddScoped<OrderCancellation>(); // the one cancel, shared with the stale-order cancel
        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddScoped<IOrderNotifier, HubOrderNotifier>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.NewVersionedApi("Orders").MapGroup($"{ApiVersionRoutes.Prefix}/orders").HasApiVersion(1);
        orders.WithTags("Orders").WithModule(Module);
        orders.MapPlaceOrder();
        orders.MapGetOrder();
        orders.MapListOrders();
        orders.MapCancelOrder();
        endpoints.MapHub<OrdersHub>(OrdersHub.Path);
        return endpoints;
    }
}
