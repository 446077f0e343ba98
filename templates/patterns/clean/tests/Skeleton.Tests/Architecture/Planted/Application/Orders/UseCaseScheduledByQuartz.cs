#if RAMPART_JOBS_QUARTZ
using Quartz;

namespace Skeleton.Tests.Architecture.Planted.Application.Orders;

/// <summary>Planted: a use case that is its own Quartz job instead of being called by one in the infrastructure.</summary>
internal sealed class UseCaseScheduledByQuartz : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
#endif
