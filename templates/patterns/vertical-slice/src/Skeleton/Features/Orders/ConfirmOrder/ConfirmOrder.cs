using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Features.Catalog.Contracts;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Orders.ConfirmOrder;

/// <summary>
/// Consumes Catalog's <see cref="StockReserved"/> once (inbox): pending → confirmed. If the order was cancelled
/// while pending, the reservation is handed back at once with <c>OrderCancelled</c>, in the same transaction.
/// </summary>
internal sealed partial class ConfirmOrder(AppDbContext db, IOutbox<AppDbContext> outbox, ILogger<ConfirmOrder> logger)
    : IIntegrationEventHandler<StockReserved>
{
    public async Task HandleAsync(StockReserved integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var order = await db.Orders().FirstOrDefaultAsync(o => o.Id == integrationEvent.OrderId, cancellationToken);
        if (order is null)
        {
            LogUnknownOrder(logger, integrationEvent.OrderId);
            return;
        }

        if (order.Status == OrderStatus.Cancelled)
        {
            outbox.Cancelled(order);
            return;
        }

        if (order.Confirm().Error is { } error)
        {
            LogIgnored(logger, order.Id, error.Detail);
            return;
        }

        outbox.StatusChanged(order);
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Stock was reserved for unknown order {OrderId}; ignored.")]
    private static partial void LogUnknownOrder(ILogger logger, Guid orderId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Stock reservation for order {OrderId} ignored: {Reason}")]
    private static partial void LogIgnored(ILogger logger, Guid orderId, string reason);
}
