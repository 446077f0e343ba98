using Microsoft.AspNetCore.SignalR;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Http.Orders;

/// <summary>The core's real-time port on SignalR: the owner's connections on this instance get <c>orderStatusChanged {orderId, status}</c>.</summary>
internal sealed class HubOrderUpdates(IHubContext<OrdersHub> hub) : IOrderUpdates
{
    public Task StatusChangedAsync(Guid orderId, Guid customerId, string status, CancellationToken cancellationToken) =>
        hub.Clients.User(customerId.ToString()).SendAsync(OrdersHub.StatusChanged, new OrderStatusNotification(orderId, status), cancellationToken);
}
