using Skeleton.Domain.Common;

namespace Skeleton.Domain.Orders.Events;

/// <summary>An order was placed and waits for its stock; Catalog answers with <c>StockReserved</c> or <c>StockReservationFailed</c>.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="CustomerId">Who placed it.</param>
/// <param name="Lines">What to reserve: every line or none.</param>
public sealed record OrderPlaced(Guid OrderId, Guid CustomerId, IReadOnlyList<OrderLine> Lines) : IDomainEvent;
