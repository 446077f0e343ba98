using Rampart.AspNetCore.Messaging;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Messaging.Orders;

/// <summary>Each committed <see cref="OrderStatusChanged"/>: the owner is told in real time; a rolled-back change is never announced.</summary>
internal sealed class OrderUpdatesConsumer(IOrderUpdates updates) : IIntegrationEventHandler<OrderStatusChanged>
{
    public Task HandleAsync(OrderStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return updates.StatusChangedAsync(integrationEvent.OrderId, integrationEvent.CustomerId, integrationEvent.Status, cancellationToken);
    }
}
