using Skeleton.Domain.Common;

namespace Skeleton.Domain.Orders.Events;

/// <summary>An order moved to <paramref name="Status"/>; its owner is told once the change has committed.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="CustomerId">Its owner.</param>
/// <param name="Status">The new status, by name (<c>confirmed</c>).</param>
public sealed record OrderStatusChanged(Guid OrderId, Guid CustomerId, string Status) : IDomainEvent;
