namespace Skeleton.Features.Catalog.Contracts;

/// <summary>Integration event: Catalog reserved the stock of every line of the order.</summary>
/// <param name="OrderId">The order.</param>
internal sealed record StockReserved(Guid OrderId);
