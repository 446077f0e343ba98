using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
#if RAMPART_JOBS_QUARTZ
using Rampart.AspNetCore.Jobs;
using Skeleton.Modules.Orders.Features.CancelStaleOrders;
#endif
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Features.CancelOrder;
using Skeleton.Modules.Orders.Features.GetOrder;
using Skeleton.Modules.Orders.Features.ListOrders;
using Skeleton.Modules.Orders.Features.OrderUpdates;
using Skeleton.Modules.Orders.Features.PlaceOrder;
#if RAMPART_API_GRAPHQL
using Skeleton.Modules.Orders.GraphQL;
#endif
using Rampart.AspNetCore.Versioning;
using Skeleton.Modules.Orders.Messaging;
using Skeleton.SharedKernel;
#if RAMPART_API_GRAPHQL
using Skeleton.SharedKernel.GraphQL;
#endif

namespace Skeleton.Modules.Orders;

/// <summary>
/// Orders and their lifecycle (schema <c>orders</c>) under <c>/api/v1/orders</c>, and the SignalR hub
/// <c>/hubs/orders</c> that tells an owner about status changes. Prices come from Catalog's contract; stock is
/// reserved by Catalog in answer to <c>OrderPlaced</c>.
/// </summary>
public sealed class OrdersModule : IModule
{
    /// <inheritdoc />
    public string Name => OrdersDbContext.Schema;

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<OrdersDbContext>(configuration, OrdersDbContext.Schema);
        services.AddOrdersMessaging(configuration);
        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddScoped<OrderCancellation>();
        services.AddScoped<PlaceOrder>();
#if RAMPART_API_GRAPHQL
        services.AddSingleton<IGraphQLSchemaPart, OrdersSchemaPart>(); // orders, order(id), placeOrder
#endif
#if RAMPART_JOBS_QUARTZ
        services.AddOptions<StalePendingOrdersOptions>()
            .BindConfiguration(StalePendingOrdersOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
#endif
    }
#if RAMPART_JOBS_QUARTZ

    /// <summary>The module's scheduled jobs, added by the host to its one scheduler (the jobs block).</summary>
    public static void AddJobs(RampartJobs jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.Add<CancelStalePendingOrders>(CancelStalePendingOrders.Name, CancelStalePendingOrders.Schedule);
    }
#endif

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.NewVersionedApi("Orders").MapGroup($"{ApiVersionRoutes.Prefix}/orders").HasApiVersion(1);
        orders.WithTags("Orders").WithModule(Name);
        orders.MapPlaceOrder();
        orders.MapGetOrder();
        orders.MapListOrders();
        orders.MapCancelOrder();
        endpoints.MapHub<OrdersHub>(OrdersHub.Path);
    }
}
