#if RAMPART_JOBS_QUARTZ
using Quartz;

namespace Skeleton.Tests.Architecture.Planted.Modules.Orders.Messaging;

/// <summary>Planted violation: a scheduled job outside the module's Features, where its use cases live.</summary>
internal static class SchedulesFromMessaging
{
    public static bool Uses(IJob job) => job is not null;
}
#endif
