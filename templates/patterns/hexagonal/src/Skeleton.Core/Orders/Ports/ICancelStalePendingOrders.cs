#if RAMPART_JOBS_QUARTZ
namespace Skeleton.Core.Orders.Ports;

/// <summary>Inbound port: cancel the orders still pending long after they were placed (Catalog's answer never came).</summary>
public interface ICancelStalePendingOrders
{
    /// <summary>Cancels at most <paramref name="batchSize"/> orders pending longer than <paramref name="pendingFor"/>, oldest first; returns how many.</summary>
    Task<int> CancelStalePendingAsync(TimeSpan pendingFor, int batchSize, CancellationToken cancellationToken);
}
#endif
