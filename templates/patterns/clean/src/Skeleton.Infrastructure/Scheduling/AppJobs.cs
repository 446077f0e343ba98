#if RAMPART_JOBS_QUARTZ
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Application.Orders.CancelStaleOrders;
using Skeleton.Infrastructure.Orders;
#endif

namespace Skeleton.Infrastructure.Scheduling;

/// <summary>
/// The scheduler on Quartz.NET, clustered in the service's database so each firing runs on one instance
/// (<c>Rampart:Jobs</c>), and the one table of which use case each job runs. The scheduler is a driver of the
/// application like the message consumers: a job calls a use case and holds no logic of its own.
/// </summary>
internal static class AppJobs
{
    public static IServiceCollection AddAppJobs(this IServiceCollection services, IConfiguration configuration)
    {
#if RAMPART_EXAMPLE_SHOP
        services.AddScoped<CancelStalePendingOrdersHandler>();
        services.AddOptions<StalePendingOrdersOptions>()
            .BindConfiguration(StalePendingOrdersOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
#endif
        return services.AddRampartJobs(configuration, jobs =>
        {
#if RAMPART_EXAMPLE_SHOP
            jobs.Add<CancelStalePendingOrdersJob>(CancelStalePendingOrdersJob.Name, CancelStalePendingOrdersJob.Schedule);
#else
            // One line per job: jobs.Add<TJob>(name, cron), with TJob a Quartz IJob in its module's folder that calls a use case.
#endif
        });
    }
}
#endif
