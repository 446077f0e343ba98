using Skeleton.Application.Common;

namespace Skeleton.Application.Catalog.ListProducts;

/// <summary>Anyone lists the live products, newest first, a page at a time.</summary>
public sealed class ListProductsHandler(IProductQueries queries)
{
    public Task<PagedList<ProductDto>> HandleAsync(PageQuery page, CancellationToken cancellationToken) =>
        queries.ListAsync(page, cancellationToken);
}
