using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Data;
using Skeleton.Products;

namespace Skeleton.Orders;

/// <summary>
/// Consumes <see cref="OrderPlaced"/> once (its inbox row commits with the work): reserves the stock of every line and
/// confirms the order, or reserves nothing and rejects it with the reason, in one transaction. An order cancelled while
/// pending is left alone (nothing was reserved). A concurrent change to a product or to the order fails the version
/// check and the delivery is retried; the database's <c>reserved &lt;= stock</c> check is the last line of defence.
/// </summary>
internal sealed partial class ReserveStock(AppDbContext db, IOutbox<AppDbContext> outbox, ILogger<ReserveStock> logger)
    : IIntegrationEventHandler<OrderPlaced>
{
    public const string InsufficientStock = "insufficient_stock";
    public const string ProductUnavailable = "product_unavailable";

    public async Task HandleAsync(OrderPlaced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == integrationEvent.OrderId, cancellationToken);
        if (order is null || order.Status != OrderStatus.Pending)
        {
            LogSkipped(logger, integrationEvent.OrderId, order?.Status);
            return;
        }

        var ids = integrationEvent.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var reason = integrationEvent.Lines.Select(line => ShortOf(line, products)).FirstOrDefault(r => r is not null);
        if (reason is null)
        {
            foreach (var line in integrationEvent.Lines)
            {
                products[line.ProductId].Reserved += line.Quantity;
            }

            order.Confirm();
        }
        else
        {
            order.Reject(reason);
        }

        outbox.StatusChanged(order);
    }

    private static string? ShortOf(OrderLine line, Dictionary<Guid, Product> products) =>
        !products.TryGetValue(line.ProductId, out var product) ? $"{ProductUnavailable}: product {line.ProductId} is no longer sold"
        : product.Stock - product.Reserved < line.Quantity ? $"{InsufficientStock}: product {line.ProductId} has {product.Stock - product.Reserved} available, {line.Quantity} ordered"
        : null;

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "No stock reserved for order {OrderId}: it is {Status}.")]
    private static partial void LogSkipped(ILogger logger, Guid orderId, OrderStatus? status);
}
