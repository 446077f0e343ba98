using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Orders.Contracts;

namespace Skeleton.Modules.Catalog.Features.ReleaseStock;

/// <summary>
/// Consumes <see cref="OrderCancelled"/> once (inbox): hands the order's reserved units back, in one Catalog
/// transaction. Orders publishes it only for an order whose stock was reserved, once per reservation. A product
/// deleted since is still released (its reservation would otherwise stay forever).
/// </summary>
internal sealed class ReleaseStock(CatalogDbContext db) : IIntegrationEventHandler<OrderCancelled>
{
    public async Task HandleAsync(OrderCancelled integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var ids = integrationEvent.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var line in integrationEvent.Lines)
        {
            if (products.TryGetValue(line.ProductId, out var product))
            {
                product.Reserved = Math.Max(0, product.Reserved - line.Quantity);
            }
        }
    }
}
