using Rampart.AspNetCore.Messaging;

namespace Skeleton.Orders;

/// <summary>
/// Written to the outbox with every status change of an order, so the owner is told only about committed
/// changes; consumed by <c>NotifyOrderOwner</c>, which pushes it to the owner's SignalR connections.
/// </summary>
[IntegrationEvent("orders.order_status_changed")]
internal sealed record OrderStatusChanged(Guid OrderId, Guid CustomerId, string Status);
