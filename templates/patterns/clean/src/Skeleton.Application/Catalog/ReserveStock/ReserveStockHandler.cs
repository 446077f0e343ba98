using Skeleton.Application.Common;
using Skeleton.Domain.Catalog;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders.Events;

namespace Skeleton.Application.Catalog.ReserveStock;

/// <summary>
/// When an order is placed: reserve every line or none (<see cref="StockReservation"/>) and answer with
/// <c>StockReserved</c> or <c>StockReservationFailed</c>, in one transaction. Orders' data is never touched here: the
/// answer is an event. A concurrent stock change fails the save and the delivery is tried again on fresh data.
/// </summary>
public sealed class ReserveStockHandler(IProductRepository products, IEventPublisher events, IUnitOfWork unitOfWork)
    : IDomainEventConsumer<OrderPlaced>
{
    public async Task<Result> HandleAsync(OrderPlaced domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var ids = domainEvent.Lines.Select(l => l.ProductId).Distinct().ToList();
        var live = await products.FindManyAsync(ids, includeDeleted: false, cancellationToken);
        events.Publish(StockReservation.Reserve(domainEvent.OrderId, domainEvent.Lines, live), domainEvent.OrderId);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
