using Skeleton.Domain.Catalog;
using Skeleton.Domain.Common;

namespace Skeleton.Application.Catalog.GetProduct;

/// <summary>Anyone reads a live product; a deleted one is not found.</summary>
public sealed class GetProductHandler(IProductQueries queries)
{
    public async Task<Result<ProductDto>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } product ? product : ProductErrors.NotFound;
}
