using Skeleton.Domain.Catalog;

namespace Skeleton.Application.Catalog;

/// <summary>The products the catalog's use cases change; what they load is saved by <c>IUnitOfWork</c>.</summary>
public interface IProductRepository
{
    /// <summary>The unique key a second live product with the same sku violates (<c>DuplicateKeyException.Key</c>).</summary>
    const string SkuKey = "ux_products_sku";

    /// <summary>The live product with this id, or null.</summary>
    Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The products among <paramref name="ids"/>, by id: live ones, or deleted ones too.</summary>
    Task<IReadOnlyDictionary<Guid, Product>> FindManyAsync(IReadOnlyCollection<Guid> ids, bool includeDeleted, CancellationToken cancellationToken);

    void Add(Product product);

    /// <summary>Removes it (a soft delete: hidden from every query, its sku free again).</summary>
    void Remove(Product product);
}
