using Skeleton.Domain.Common;

namespace Skeleton.Domain.Catalog.Events;

/// <summary>Catalog reserved the stock of every line of the order.</summary>
/// <param name="OrderId">The order.</param>
public sealed record StockReserved(Guid OrderId) : IDomainEvent;
