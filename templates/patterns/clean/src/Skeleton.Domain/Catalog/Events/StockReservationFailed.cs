using Skeleton.Domain.Common;

namespace Skeleton.Domain.Catalog.Events;

/// <summary>Catalog reserved nothing for the order, for <paramref name="Reason"/>.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Reason">Why: <c>insufficient_stock</c> or <c>product_unavailable</c>, with the product in the detail.</param>
public sealed record StockReservationFailed(Guid OrderId, string Reason) : IDomainEvent;
