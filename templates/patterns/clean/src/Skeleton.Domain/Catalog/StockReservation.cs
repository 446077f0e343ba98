using Skeleton.Domain.Catalog.Events;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders.Events;

namespace Skeleton.Domain.Catalog;

/// <summary>
/// Reserving an order's lines across several products: every line or none. A domain service, because the rule spans
/// products and no single product can decide it.
/// </summary>
public static class StockReservation
{
    public const string InsufficientStock = "insufficient_stock";
    public const string ProductUnavailable = "product_unavailable";

    /// <summary>
    /// Reserves every line of <paramref name="orderId"/> on <paramref name="products"/> (the live ones, by id), or none,
    /// and returns the answer to publish: <see cref="StockReserved"/>, or <see cref="StockReservationFailed"/> naming
    /// the first line that could not be served.
    /// </summary>
    public static IDomainEvent Reserve(Guid orderId, IReadOnlyList<OrderLine> lines, IReadOnlyDictionary<Guid, Product> products)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(products);
        foreach (var line in lines)
        {
            var reason = !products.TryGetValue(line.ProductId, out var product) ? $"{ProductUnavailable}: product {line.ProductId} is no longer sold"
                : product.Available < line.Quantity ? $"{InsufficientStock}: product {line.ProductId} has {product.Available} available, {line.Quantity} ordered"
                : null;
            if (reason is not null)
            {
                return new StockReservationFailed(orderId, reason);
            }
        }

        foreach (var line in lines)
        {
            products[line.ProductId].Reserve(line.Quantity);
        }

        return new StockReserved(orderId);
    }
}
