using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging;
using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Features.Catalog.Contracts;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Orders.RejectOrder;

/// <summary>
/// Consumes Catalog's <see cref="StockReservationFailed"/> once (inbox): pending → rejected with the reason. An order
/// cancelled meanwhile stays cancelled (nothing was reserved).
/// </summary>
internal sealed partial class RejectOrder(AppDbContext db, IOutbox<AppDbContext> outbox, ILogger<RejectOrder> logger)
    : IIntegrationEventHandler<StockReservationFailed>
{
    public async Task HandleAsync(StockReservationFailed integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var order = await db.Orders().FirstOrDefaultAsync(o => o.Id == integrationEvent.OrderId, cancellationToken);
        if (order is null)
        {
            LogUnknownOrder(logger, integrationEvent.OrderId);
            return;
        }

        if (!order.Reject(integrationEvent.Reason).IsSuccess)
        {
            LogIgnored(logger, order.Id, order.Status);
            return;
        }

        outbox.StatusChanged(order);
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Failed reservation for unknown order {OrderId}; ignored.")]
    private static partial void LogUnknownOrder(ILogger logger, Guid orderId);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Failed reservation for order {OrderId} ignored: the order is {Status}.")]
    private static partial void LogIgnored(ILogger logger, Guid orderId, OrderStatus status);
}
