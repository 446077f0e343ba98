using Rampart.AspNetCore.Messaging;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Orders.Contracts;

namespace Skeleton.Adapters.Messaging.Catalog;

/// <summary>Each <see cref="OrderPlaced"/>, once: Catalog reserves its stock (the core answers with an event).</summary>
internal sealed class ReserveStockConsumer(IReserveStock stock) : IIntegrationEventHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        stock.ReserveAsync(integrationEvent, cancellationToken);
}
