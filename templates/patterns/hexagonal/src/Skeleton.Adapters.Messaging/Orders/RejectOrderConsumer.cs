using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Messaging;
using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Messaging.Orders;

/// <summary>Each <see cref="StockReservationFailed"/>, once: the order is rejected, or the answer is logged and dropped.</summary>
internal sealed class RejectOrderConsumer(IConcludeOrder orders, ILogger<RejectOrderConsumer> logger) : IIntegrationEventHandler<StockReservationFailed>
{
    public async Task HandleAsync(StockReservationFailed integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if ((await orders.RejectAsync(integrationEvent, cancellationToken)).Error is { } error)
        {
            OrderAnswerLog.Ignored(logger, integrationEvent.OrderId, error.Code, error.Detail);
        }
    }
}
