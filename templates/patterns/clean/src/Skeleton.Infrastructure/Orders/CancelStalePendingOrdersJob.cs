#if RAMPART_JOBS_QUARTZ
using Microsoft.Extensions.Options;
using Quartz;
using Skeleton.Application.Orders.CancelStaleOrders;

namespace Skeleton.Infrastructure.Orders;

/// <summary>
/// The scheduler's side of <see cref="CancelStalePendingOrdersHandler"/> (every five minutes,
/// <c>Rampart:Jobs:Schedules:cancel-stale-orders</c>): Quartz is an adapter like the message consumers, so the job
/// only turns a firing into the use case's command with <c>Orders:PendingTimeout</c>. Each firing runs on one instance.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CancelStalePendingOrdersJob(
    CancelStalePendingOrdersHandler useCase,
    IOptions<StalePendingOrdersOptions> options,
    ILogger<CancelStalePendingOrdersJob> logger) : IJob
{
    public const string Name = "cancel-stale-orders";
    public const string Schedule = "0 */5 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.PendingTimeout;
        var cancelled = await useCase.HandleAsync(new CancelStalePendingOrdersCommand(timeout), cancellationToken);
        Cancelled(logger, cancelled, timeout);
    }

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Cancelled {Count} order(s) pending longer than {Timeout}")]
    private static partial void Cancelled(ILogger logger, int count, TimeSpan timeout);
}
#endif
