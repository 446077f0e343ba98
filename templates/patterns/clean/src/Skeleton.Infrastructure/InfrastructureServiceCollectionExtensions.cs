using Skeleton.Application.Common;
using Skeleton.Infrastructure.Identity;
using Skeleton.Infrastructure.Persistence;
#if RAMPART_JOBS_QUARTZ
using Skeleton.Infrastructure.Scheduling;
#endif
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Application.Catalog;
using Skeleton.Application.Catalog.Contracts;
using Skeleton.Application.Orders;
using Skeleton.Domain.Catalog;
using Skeleton.Infrastructure.Catalog;
using Skeleton.Infrastructure.Messaging;
using Skeleton.Infrastructure.Orders;
#endif

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The infrastructure's one entry point: every port of the application gets its implementation here.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>
    /// The PostgreSQL database (settings validated before listening, migrations, idempotency keys, readiness), the
    /// identity store, the unit of work and the current user; with the Shop, the catalog's and orders' repositories and
    /// queries, the outbox, the relay and inbox, and which use case each event starts; with jobs, the scheduler and which
    /// use case each job runs.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAppDatabase(configuration);
        services.AddRampartIdentity<AppDbContext>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
#if RAMPART_EXAMPLE_SHOP
        services.AddScoped<IEventPublisher, OutboxEventPublisher>();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<IProductQueries, ProductQueries>();
        services.AddCachedEntity<Product>("catalog", "product"); // catalog:product:{id} and catalog:product:list
        services.AddScoped<IProductCatalog, ProductCatalog>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<IOrderQueries, OrderQueries>();
        services.AddAppMessaging(configuration);
#endif
#if RAMPART_JOBS_QUARTZ
        services.AddAppJobs(configuration);
#endif
        return services;
    }
}
