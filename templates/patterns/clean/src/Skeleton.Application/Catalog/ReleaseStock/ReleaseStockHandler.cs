using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Domain.Orders.Events;

namespace Skeleton.Application.Catalog.ReleaseStock;

/// <summary>
/// When a reserved order is cancelled: hand its units back. Products deleted since are released too, or their
/// reservation would stay forever.
/// </summary>
public sealed class ReleaseStockHandler(IProductRepository products, IUnitOfWork unitOfWork) : IDomainEventConsumer<OrderCancelled>
{
    public async Task<Result> HandleAsync(OrderCancelled domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var ids = domainEvent.Lines.Select(l => l.ProductId).Distinct().ToList();
        var found = await products.FindManyAsync(ids, includeDeleted: true, cancellationToken);
        foreach (var line in domainEvent.Lines)
        {
            if (found.TryGetValue(line.ProductId, out var product))
            {
                product.Release(line.Quantity);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
