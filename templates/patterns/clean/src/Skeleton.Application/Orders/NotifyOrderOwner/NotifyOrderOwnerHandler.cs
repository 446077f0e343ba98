using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders.Events;

namespace Skeleton.Application.Orders.NotifyOrderOwner;

/// <summary>When an order's status change has committed: tell its owner. A change that rolled back is never announced.</summary>
public sealed class NotifyOrderOwnerHandler(IOrderNotifier notifier) : IDomainEventConsumer<OrderStatusChanged>
{
    public async Task<Result> HandleAsync(OrderStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await notifier.StatusChangedAsync(domainEvent.CustomerId, domainEvent.OrderId, domainEvent.Status, cancellationToken);
        return Result.Success();
    }
}
