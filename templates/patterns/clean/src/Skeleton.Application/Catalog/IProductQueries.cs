using Skeleton.Application.Common;

namespace Skeleton.Application.Catalog;

/// <summary>The catalog's read side: products as DTOs, read without loading aggregates for change.</summary>
public interface IProductQueries
{
    /// <summary>The live product, or null.</summary>
    Task<ProductDto?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Live products, newest first.</summary>
    Task<PagedList<ProductDto>> ListAsync(PageQuery page, CancellationToken cancellationToken);
}
