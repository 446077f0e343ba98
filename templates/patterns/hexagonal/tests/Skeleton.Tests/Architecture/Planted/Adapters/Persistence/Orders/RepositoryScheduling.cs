#if RAMPART_JOBS_QUARTZ
using Quartz;

namespace Skeleton.Tests.Architecture.Planted.Adapters.Persistence.Orders;

/// <summary>Planted: a driven adapter that schedules work itself, beside the core instead of through a port.</summary>
internal static class RepositoryScheduling
{
    public static bool Schedules(IScheduler scheduler) => scheduler is not null;
}
#endif
