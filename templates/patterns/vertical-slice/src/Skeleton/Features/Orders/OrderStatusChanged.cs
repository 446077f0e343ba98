using Rampart.AspNetCore.Messaging;

namespace Skeleton.Features.Orders;

/// <summary>
/// Orders' own event, written to the outbox with every status change so the owner is told only about committed
/// changes; consumed by <c>NotifyOrderOwner</c>, which pushes it to the owner's SignalR connections.
/// </summary>
[IntegrationEvent("orders.order_status_changed")]
internal sealed record OrderStatusChanged(Guid OrderId, Guid CustomerId, string Status);
