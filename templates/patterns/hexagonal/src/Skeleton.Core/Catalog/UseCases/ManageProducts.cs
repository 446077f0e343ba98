using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Common;

namespace Skeleton.Core.Catalog.UseCases;

/// <summary>Creates, changes and deletes products; the sku's uniqueness is the store's to judge (a check-then-insert races).</summary>
public sealed class ManageProducts(IProductRepository products, IUnitOfWork unitOfWork) : IManageProducts
{
    private const int DeleteAttempts = 3;

    public async Task<Result<Product>> CreateAsync(string? sku, string? name, decimal? price, int? stock, CancellationToken cancellationToken)
    {
        var created = Product.Create(sku, name, price, stock);
        if (created.Error is { } invalid)
        {
            return invalid;
        }

        products.Add(created.Value);
        var committed = await unitOfWork.CommitAsync(CatalogErrors.VersionConflict, cancellationToken);
        return committed.Error is { } error ? error : created.Value;
    }

    public async Task<Result<Product>> ChangeAsync(
        Guid id, long expectedVersion, string? name, decimal? price, int? stock, CancellationToken cancellationToken)
    {
        if (await products.FindAsync(id, cancellationToken) is not { } product)
        {
            return CatalogErrors.NotFound;
        }

        if (product.Version != expectedVersion)
        {
            return CatalogErrors.VersionConflict;
        }

        if (product.Change(name, price, stock).Error is { } invalid)
        {
            return invalid;
        }

        var committed = await unitOfWork.CommitAsync(CatalogErrors.VersionConflict, cancellationToken);
        return committed.Error is { } error ? error : product;
    }

    public async Task<Result> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        // Without an expected version the delete wins: a write committing between the read and the save (a stock
        // reservation) only means reading again.
        for (var attempt = 1; ; attempt++)
        {
            if (await products.FindAsync(id, cancellationToken) is not { } product)
            {
                return CatalogErrors.NotFound;
            }

            if (expectedVersion is { } expected && product.Version != expected)
            {
                return CatalogErrors.VersionConflict;
            }

            products.Remove(product);
            var committed = await unitOfWork.CommitAsync(CatalogErrors.VersionConflict, cancellationToken);
            if (committed.IsSuccess || expectedVersion is not null || attempt == DeleteAttempts)
            {
                return committed;
            }

            unitOfWork.Discard();
        }
    }
}
