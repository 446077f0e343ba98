using Microsoft.AspNetCore.SignalR;
using Skeleton.Application.Orders;

namespace Skeleton.Api.Orders.OrderUpdates;

/// <summary>
/// The application's <see cref="IOrderNotifier"/> on SignalR: <c>orderStatusChanged {orderId, status}</c> to the owner's
/// connections on this instance.
/// </summary>
internal sealed class HubOrderNotifier(IHubContext<OrdersHub> hub) : IOrderNotifier
{
    public Task StatusChangedAsync(Guid customerId, Guid orderId, string status, CancellationToken cancellationToken) =>
        hub.Clients.User(customerId.ToString()).SendAsync(OrdersHub.StatusChanged, new OrderStatusNotification(orderId, status), cancellationToken);
}
