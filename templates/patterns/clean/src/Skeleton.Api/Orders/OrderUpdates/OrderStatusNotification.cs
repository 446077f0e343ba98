namespace Skeleton.Api.Orders.OrderUpdates;

/// <summary>The payload of <c>orderStatusChanged</c>.</summary>
internal sealed record OrderStatusNotification(Guid OrderId, string Status);
