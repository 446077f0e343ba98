#if RAMPART_JOBS_QUARTZ
using Rampart.AspNetCore.Jobs;

namespace Skeleton.Tests.Architecture.Planted.Api.Orders;

/// <summary>Planted: the web layer adding jobs itself instead of leaving the scheduler to AddInfrastructure.</summary>
internal static class EndpointSchedulingJobs
{
    public static RampartJobs Add(RampartJobs jobs) => jobs;
}
#endif
