#if RAMPART_JOBS_QUARTZ
using Quartz;

namespace Skeleton.Tests.Architecture.Planted.Domain.Orders;

/// <summary>Planted: an entity that runs on the scheduler, in the ring that knows no framework.</summary>
internal sealed class OrderScheduledItself : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
#endif
