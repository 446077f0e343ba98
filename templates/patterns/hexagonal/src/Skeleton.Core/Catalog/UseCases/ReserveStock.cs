using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Common;
using Skeleton.Core.Orders.Contracts;

namespace Skeleton.Core.Catalog.UseCases;

/// <summary>
/// Reserves every line of a placed order or none and answers with an event; releases a cancelled order's lines.
/// Orders' data is never touched here: the answer is an event. A concurrent stock change surfaces as a conflict and
/// the delivery is retried by the messaging adapter.
/// </summary>
public sealed class ReserveStock(IProductRepository products, IStockEvents events, IUnitOfWork unitOfWork) : IReserveStock
{
    public const string InsufficientStock = "insufficient_stock";
    public const string ProductUnavailable = "product_unavailable";

    public async Task ReserveAsync(OrderPlaced order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var found = (await products.FindManyAsync([.. order.Lines.Select(l => l.ProductId).Distinct()], cancellationToken)).ToDictionary(p => p.Id);
        var failure = order.Lines
            .Select(line => !found.TryGetValue(line.ProductId, out var product) ? $"{ProductUnavailable}: product {line.ProductId} is no longer sold"
                : product.Available < line.Quantity ? $"{InsufficientStock}: product {line.ProductId} has {product.Available} available, {line.Quantity} ordered"
                : null)
            .FirstOrDefault(reason => reason is not null);
        if (failure is not null)
        {
            events.Publish(new StockReservationFailed(order.OrderId, failure));
        }
        else
        {
            foreach (var line in order.Lines)
            {
                found[line.ProductId].Reserved += line.Quantity;
            }

            events.Publish(new StockReserved(order.OrderId));
        }

        await CommitAsync(cancellationToken);
    }

    public async Task ReleaseAsync(OrderCancelled order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var ids = order.Lines.Select(l => l.ProductId).Distinct().ToList();
        var found = (await products.FindManyAsync(ids, cancellationToken, includeDeleted: true)).ToDictionary(p => p.Id);
        foreach (var line in order.Lines)
        {
            if (found.TryGetValue(line.ProductId, out var product))
            {
                product.Reserved = Math.Max(0, product.Reserved - line.Quantity);
            }
        }

        await CommitAsync(cancellationToken);
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        if ((await unitOfWork.CommitAsync(CatalogErrors.VersionConflict, cancellationToken)).Error is { } error)
        {
            throw new InvalidOperationException($"{error.Code}: {error.Detail}");
        }
    }
}
