#if RAMPART_JOBS_QUARTZ
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Features.CancelOrder;
using Skeleton.Modules.Orders.Orders;

namespace Skeleton.Modules.Orders.Features.CancelStaleOrders;

/// <summary>
/// A scheduled job of the Orders module (every five minutes, <c>Rampart:Jobs:Schedules:cancel-stale-orders</c>): orders
/// still pending after <c>Orders:PendingTimeout</c> (Catalog's answer never came: its consumer down, the message
/// dead-lettered) are cancelled through <see cref="OrderCancellation"/>, the customer's own cancel, so the status change
/// is published and the owner told. Each firing runs on one instance; a batch at a time, oldest first, so one run stays short.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CancelStalePendingOrders(
    OrdersDbContext db,
    OrderCancellation cancellation,
    IOptions<StalePendingOrdersOptions> options,
    TimeProvider time,
    ILogger<CancelStalePendingOrders> logger) : IJob
{
    public const string Name = "cancel-stale-orders";
    public const string Schedule = "0 */5 * * * ?";
    private const int BatchSize = 100;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.PendingTimeout;
        var cutoff = time.GetUtcNow() - timeout;
        var stale = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Pending && o.CreatedAt < cutoff)
            .OrderBy(o => o.CreatedAt)
            .Select(o => o.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var cancelled = 0;
        foreach (var id in stale)
        {
            // An order answered since the query is no longer stale, and is left as it is.
            var result = await cancellation.CancelAsync(id, order => order.Status == OrderStatus.Pending && order.CreatedAt < cutoff, cancellationToken);
            if (result.IsSuccess)
            {
                cancelled++;
            }
        }

        Cancelled(logger, cancelled, timeout);
    }

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Cancelled {Count} order(s) pending longer than {Timeout}")]
    private static partial void Cancelled(ILogger logger, int count, TimeSpan timeout);
}
#endif
