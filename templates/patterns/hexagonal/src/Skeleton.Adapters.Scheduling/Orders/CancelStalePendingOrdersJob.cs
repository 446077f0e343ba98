#if RAMPART_JOBS_QUARTZ
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Scheduling.Orders;

/// <summary>
/// Drives <see cref="ICancelStalePendingOrders"/> every five minutes (<c>Rampart:Jobs:Schedules:cancel-stale-orders</c>)
/// with <c>Orders:PendingTimeout</c>, as the HTTP adapter drives <see cref="ICancelOrder"/> for a customer: the rule
/// and the cancel are the core's. Each firing runs on one instance; a batch at a time, so one run stays short.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CancelStalePendingOrdersJob(
    ICancelStalePendingOrders useCase,
    IOptions<StalePendingOrdersOptions> options,
    ILogger<CancelStalePendingOrdersJob> logger) : IJob
{
    public const string Name = "cancel-stale-orders";
    public const string Schedule = "0 */5 * * * ?";
    private const int BatchSize = 100;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.PendingTimeout;
        var cancelled = await useCase.CancelStalePendingAsync(timeout, BatchSize, cancellationToken);
        Cancelled(logger, cancelled, timeout);
    }

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Cancelled {Count} order(s) pending longer than {Timeout}")]
    private static partial void Cancelled(ILogger logger, int count, TimeSpan timeout);
}
#endif
