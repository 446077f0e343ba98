#if RAMPART_JOBS_QUARTZ
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Adapters.Scheduling.Orders;
#endif

namespace Skeleton.Adapters.Scheduling;

/// <summary>
/// The scheduler on Quartz.NET, clustered in the service's database so each firing runs on one instance
/// (<c>Rampart:Jobs</c>), and the one table of which inbound port each job drives. Quartz stays inside this adapter:
/// the core sees a port called, as it does from HTTP or a message.
/// </summary>
public static class SchedulingAdapter
{
    public static IServiceCollection AddSchedulingAdapter(this IServiceCollection services, IConfiguration configuration)
    {
#if RAMPART_EXAMPLE_SHOP
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
            // One line per job: jobs.Add<TJob>(name, cron), with TJob a Quartz IJob in this adapter that calls an inbound port.
#endif
        });
    }
}
#endif
