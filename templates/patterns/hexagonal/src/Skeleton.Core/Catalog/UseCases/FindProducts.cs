using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Common;

namespace Skeleton.Core.Catalog.UseCases;

/// <summary>Reads live products; a deleted product is not found.</summary>
public sealed class FindProducts(IProductRepository products) : IFindProducts
{
    public async Task<Result<Product>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await products.FindAsync(id, cancellationToken) is { } product ? product : CatalogErrors.NotFound;

    public Task<Paged<Product>> ListAsync(PageQuery page, CancellationToken cancellationToken) => products.ListAsync(page, cancellationToken);
}
