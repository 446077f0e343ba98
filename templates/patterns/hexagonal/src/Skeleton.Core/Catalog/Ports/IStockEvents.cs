using Skeleton.Core.Catalog.Contracts;

namespace Skeleton.Core.Catalog.Ports;

/// <summary>Outbound port: Catalog's events, committed with the change that raised them.</summary>
public interface IStockEvents
{
    void Publish(StockReserved reserved);

    void Publish(StockReservationFailed failed);
}
