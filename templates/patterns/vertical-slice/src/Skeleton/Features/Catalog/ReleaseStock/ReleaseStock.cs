using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging;
using Skeleton.Features.Orders.Contracts;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog.ReleaseStock;

/// <summary>
/// Consumes <see cref="OrderCancelled"/> once (inbox): hands the order's reserved units back, in one Catalog
/// transaction. Orders publishes it only for an order whose stock was reserved, once per reservation. A product
/// deleted since is still released (its reservation would otherwise stay forever).
/// </summary>
internal sealed class ReleaseStock(AppDbContext db) : IIntegrationEventHandler<OrderCancelled>
{
    public async Task HandleAsync(OrderCancelled integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var ids = integrationEvent.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products().IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var line in integrationEvent.Lines)
        {
            if (products.TryGetValue(line.ProductId, out var product))
            {
                product.Reserved = Math.Max(0, product.Reserved - line.Quantity);
            }
        }
    }
}
