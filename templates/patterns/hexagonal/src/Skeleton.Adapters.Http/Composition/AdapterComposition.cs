using Skeleton.Adapters.Persistence;
#if RAMPART_JOBS_QUARTZ
using Skeleton.Adapters.Scheduling;
#endif
#if RAMPART_EXAMPLE_SHOP
using Microsoft.AspNetCore.SignalR;
using Skeleton.Adapters.Http.Orders;
using Skeleton.Adapters.Messaging;
using Skeleton.Adapters.Notifications;
using Skeleton.Core.Orders.Ports;
#endif

namespace Skeleton.Adapters.Http.Composition;

/// <summary>
/// The composition root: which adapter implements which port. The only code that knows every adapter; swap one here
/// (or in a test's service overrides) and nothing else changes.
/// </summary>
internal static class AdapterComposition
{
    public static IServiceCollection AddAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistenceAdapter(configuration);
        services.AddRampartIdentity<AppDbContext>();
#if RAMPART_EXAMPLE_SHOP
        services.AddCoreUseCases();
        services.AddAppMessaging(configuration).AddMessagingAdapter();
        services.AddNotificationsAdapter<AppDbContext>(configuration);
        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<IOrderUpdates, HubOrderUpdates>();
        services.AddRampartOpenApiDocument(2); // /openapi/v2.json, for GET /api/v2/products/{id}
#endif
#if RAMPART_JOBS_QUARTZ
        services.AddSchedulingAdapter(configuration); // the scheduler drives the core's ports, as HTTP and messages do
#endif
        return services;
    }
}
