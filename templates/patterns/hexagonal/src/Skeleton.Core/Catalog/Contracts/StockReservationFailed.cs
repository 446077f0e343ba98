namespace Skeleton.Core.Catalog.Contracts;

/// <summary>Catalog could not hold stock for the order; <paramref name="Reason"/> says which line and why.</summary>
public sealed record StockReservationFailed(Guid OrderId, string Reason);
