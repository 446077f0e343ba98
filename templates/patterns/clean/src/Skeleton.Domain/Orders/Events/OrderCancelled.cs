using Skeleton.Domain.Common;

namespace Skeleton.Domain.Orders.Events;

/// <summary>
/// An order whose stock Catalog had reserved was cancelled, so the reservation must be released. Raised once per
/// reservation: when a confirmed order is cancelled, or when a reservation arrives for an order cancelled while pending.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="Lines">The reserved lines to release.</param>
public sealed record OrderCancelled(Guid OrderId, IReadOnlyList<OrderLine> Lines) : IDomainEvent;
