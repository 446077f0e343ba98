#if RAMPART_JOBS_QUARTZ
using Quartz;

namespace Skeleton.Tests.Architecture.Planted.Core.Orders;

/// <summary>Planted: a use case of the core that is its own Quartz job instead of a port the scheduling adapter drives.</summary>
internal sealed class UseCaseScheduledByQuartz : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
#endif
