namespace Skeleton.Core.Orders.Contracts;

/// <summary>
/// Integration event: an order whose stock Catalog had reserved was cancelled, so the reservation must be released.
/// Published once per reservation: when a confirmed order is cancelled, or when a reservation arrives for an order
/// that was cancelled while pending.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="Lines">The reserved lines to release.</param>
public sealed record OrderCancelled(Guid OrderId, IReadOnlyList<OrderLine> Lines);
