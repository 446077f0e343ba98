using Skeleton.Application.Common;
using Skeleton.Domain.Catalog.Events;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders.RejectOrder;

/// <summary>When Catalog could not reserve an order's stock: reject it with the reason. One cancelled meanwhile stays cancelled.</summary>
public sealed class RejectOrderHandler(IOrderRepository orders, IUnitOfWork unitOfWork) : IDomainEventConsumer<StockReservationFailed>
{
    public async Task<Result> HandleAsync(StockReservationFailed domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (await orders.FindAsync(domainEvent.OrderId, cancellationToken) is not { } order)
        {
            return OrderErrors.NotFound;
        }

        var rejected = order.Reject(domainEvent.Reason);
        if (rejected.IsSuccess)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return rejected;
    }
}
