using Microsoft.AspNetCore.SignalR;
using Rampart.AspNetCore.Messaging;

namespace Skeleton.Orders;

/// <summary>
/// Pushes a committed status change to the owner's connections on this instance: <c>orderStatusChanged {orderId, status}</c>.
/// Fed by the Orders outbox, so a change that rolled back is never announced.
/// </summary>
internal sealed class NotifyOrderOwner(IHubContext<OrdersHub> hub) : IIntegrationEventHandler<OrderStatusChanged>
{
    public Task HandleAsync(OrderStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return hub.Clients.User(integrationEvent.CustomerId.ToString())
            .SendAsync(OrdersHub.StatusChanged, new OrderStatusNotification(integrationEvent.OrderId, integrationEvent.Status), cancellationToken);
    }
}
