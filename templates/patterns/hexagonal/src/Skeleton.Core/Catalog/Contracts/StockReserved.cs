namespace Skeleton.Core.Catalog.Contracts;

/// <summary>Catalog held stock for every line of the order.</summary>
public sealed record StockReserved(Guid OrderId);
