using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Features.Catalog.Contracts;
using Skeleton.Features.Orders.Contracts;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog.ReserveStock;

/// <summary>
/// Consumes <see cref="OrderPlaced"/> once (an inbox row): reserves every line or none, and answers with
/// <see cref="StockReserved"/> or <see cref="StockReservationFailed"/> through the outbox, all in one transaction.
/// Orders' tables are never touched here: the answer is an event, as it would be between modules. A concurrent stock
/// change fails the version check and the delivery is retried; the database's <c>reserved &lt;= stock</c> check is the
/// last line of defence.
/// </summary>
internal sealed class ReserveStock(AppDbContext db, IOutbox<AppDbContext> outbox) : IIntegrationEventHandler<OrderPlaced>
{
    public const string InsufficientStock = "insufficient_stock";
    public const string ProductUnavailable = "product_unavailable";

    public async Task HandleAsync(OrderPlaced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var ids = integrationEvent.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var line in integrationEvent.Lines)
        {
            var reason = !products.TryGetValue(line.ProductId, out var product) ? $"{ProductUnavailable}: product {line.ProductId} is no longer sold"
                : product.Stock - product.Reserved < line.Quantity ? $"{InsufficientStock}: product {line.ProductId} has {product.Stock - product.Reserved} available, {line.Quantity} ordered"
                : null;
            if (reason is not null)
            {
                outbox.Add(new StockReservationFailed(integrationEvent.OrderId, reason), integrationEvent.OrderId.ToString());
                return;
            }
        }

        foreach (var line in integrationEvent.Lines)
        {
            products[line.ProductId].Reserved += line.Quantity;
        }

        outbox.Add(new StockReserved(integrationEvent.OrderId), integrationEvent.OrderId.ToString());
    }
}
