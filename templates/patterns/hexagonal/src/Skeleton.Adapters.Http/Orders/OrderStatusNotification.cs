namespace Skeleton.Adapters.Http.Orders;

/// <summary>The payload of <c>orderStatusChanged</c>.</summary>
internal sealed record OrderStatusNotification(Guid OrderId, string Status);
