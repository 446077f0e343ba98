namespace Skeleton.Core.Orders.Contracts;

/// <summary>An order moved to <paramref name="Status"/>; its owner is told in real time.</summary>
public sealed record OrderStatusChanged(Guid OrderId, Guid CustomerId, string Status);
