using Skeleton.Core.Common;

namespace Skeleton.Core.Catalog.Ports;

/// <summary>Outbound port: where products are kept. Changes to what it returns are committed by <see cref="IUnitOfWork"/>.</summary>
public interface IProductRepository
{
    /// <summary>The live product, tracked for changes, or null.</summary>
    Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The products among <paramref name="ids"/> (live ones unless <paramref name="includeDeleted"/>), tracked for changes.</summary>
    Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken, bool includeDeleted = false);

    /// <summary>Live products, newest first, read only.</summary>
    Task<Paged<Product>> ListAsync(PageQuery page, CancellationToken cancellationToken);

    void Add(Product product);

    void Remove(Product product);
}
