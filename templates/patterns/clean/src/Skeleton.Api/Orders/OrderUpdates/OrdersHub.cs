using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Skeleton.Api.Orders.OrderUpdates;

/// <summary>
/// SignalR hub at <c>/hubs/orders</c> (access token as the <c>access_token</c> query parameter). Clients only listen:
/// an order's owner receives <c>orderStatusChanged {orderId, status}</c> on every status change.
/// </summary>
[Authorize]
internal sealed class OrdersHub : Hub
{
    public const string Path = "/hubs/orders";

    public const string StatusChanged = "orderStatusChanged";
}
