using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Messaging;
using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Messaging.Orders;

/// <summary>Each <see cref="StockReserved"/>, once: the order is confirmed (and its customer notified) or the answer is logged and dropped.</summary>
internal sealed class ConfirmOrderConsumer(IConcludeOrder orders, ILogger<ConfirmOrderConsumer> logger) : IIntegrationEventHandler<StockReserved>
{
    public async Task HandleAsync(StockReserved integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if ((await orders.ConfirmAsync(integrationEvent, cancellationToken)).Error is { } error)
        {
            OrderAnswerLog.Ignored(logger, integrationEvent.OrderId, error.Code, error.Detail);
        }
    }
}
