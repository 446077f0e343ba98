#if RAMPART_JOBS_QUARTZ
using Quartz;

namespace Skeleton.Tests.Architecture.Planted.Shared.Jobs;

/// <summary>Planted violation: a scheduled job in Shared instead of a slice of the feature it works for.</summary>
internal static class SchedulesFromShared
{
    public static bool Uses(IJob job) => job is not null;
}
#endif
