using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Common;

namespace Skeleton.Core.Orders.Ports;

/// <summary>Inbound port driven by the messaging adapter: Catalog's answer confirms or rejects a pending order.</summary>
public interface IConcludeOrder
{
    /// <summary>pending → confirmed, and the customer is notified; an order cancelled meanwhile hands the stock back.</summary>
    Task<Result> ConfirmAsync(StockReserved reserved, CancellationToken cancellationToken);

    /// <summary>pending → rejected with the reason; an order cancelled meanwhile stays cancelled.</summary>
    Task<Result> RejectAsync(StockReservationFailed failed, CancellationToken cancellationToken);
}
