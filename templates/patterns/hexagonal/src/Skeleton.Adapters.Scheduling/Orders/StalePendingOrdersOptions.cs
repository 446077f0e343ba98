#if RAMPART_JOBS_QUARTZ
using System.ComponentModel.DataAnnotations;

namespace Skeleton.Adapters.Scheduling.Orders;

/// <summary>
/// <c>Orders:PendingTimeout</c>: how long an order may wait for Catalog's answer before the scheduler cancels it. Checked
/// before the service listens; a minute at least (Catalog answers in milliseconds when it runs), a week at most.
/// Defaults to 30 minutes.
/// </summary>
internal sealed class StalePendingOrdersOptions
{
    public const string SectionName = "Orders";

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Orders:PendingTimeout must be between 00:01:00 and 7.00:00:00 (a time span).")]
    public TimeSpan PendingTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
#endif
