using Skeleton.Domain.Catalog;
using Skeleton.Domain.Common;

namespace Skeleton.Application.Catalog.GetProductAvailability;

/// <summary>Anyone reads how many units of a live product can still be ordered; a deleted one is not found.</summary>
public sealed class GetProductAvailabilityHandler(IProductQueries queries)
{
    public async Task<Result<ProductAvailabilityDto>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } product
            ? new ProductAvailabilityDto(product.Id, product.Stock - product.Reserved) // Product.Available, from the read side's snapshot
            : ProductErrors.NotFound;
}
