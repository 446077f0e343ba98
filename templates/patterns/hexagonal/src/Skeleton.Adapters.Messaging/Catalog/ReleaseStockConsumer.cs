using Rampart.AspNetCore.Messaging;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Orders.Contracts;

namespace Skeleton.Adapters.Messaging.Catalog;

/// <summary>Each <see cref="OrderCancelled"/>, once: Catalog gives the reservation back.</summary>
internal sealed class ReleaseStockConsumer(IReserveStock stock) : IIntegrationEventHandler<OrderCancelled>
{
    public Task HandleAsync(OrderCancelled integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        stock.ReleaseAsync(integrationEvent, cancellationToken);
}
