#if RAMPART_JOBS_QUARTZ
namespace Skeleton.Application.Orders.CancelStaleOrders;

/// <summary>Cancel the orders still pending <paramref name="PendingFor"/> after they were placed, at most <paramref name="BatchSize"/> of them, oldest first.</summary>
public sealed record CancelStalePendingOrdersCommand(TimeSpan PendingFor, int BatchSize = 100);
#endif
