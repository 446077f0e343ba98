using Skeleton.Application.Common;
using Skeleton.Domain.Catalog.Events;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders;

namespace Skeleton.Application.Orders.ConfirmOrder;

/// <summary>When Catalog reserved an order's stock: confirm it (see <see cref="Order.Confirm"/>).</summary>
public sealed class ConfirmOrderHandler(IOrderRepository orders, IUnitOfWork unitOfWork) : IDomainEventConsumer<StockReserved>
{
    public async Task<Result> HandleAsync(StockReserved domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (await orders.FindAsync(domainEvent.OrderId, cancellationToken) is not { } order)
        {
            return OrderErrors.NotFound;
        }

        var confirmed = order.Confirm();
        if (confirmed.IsSuccess)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return confirmed;
    }
}
