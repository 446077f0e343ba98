using Skeleton.Application.Common;
using Skeleton.Domain.Catalog;
using Skeleton.Domain.Common;

namespace Skeleton.Application.Catalog.DeleteProduct;

/// <summary>
/// Administrators remove a product (a soft delete). Without an expected version the delete wins over writes committing
/// meanwhile (a stock reservation): it reads again and retries. With one, a stale version is
/// <see cref="ProductErrors.VersionConflict"/>.
/// </summary>
public sealed class DeleteProductHandler(ICurrentUser user, IProductRepository products, IUnitOfWork unitOfWork)
{
    private const int MaxAttempts = 5;

    public async Task<Result> HandleAsync(DeleteProductCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (user.RequireAdmin() is { } forbidden)
        {
            return forbidden;
        }

        for (var attempt = 1; ; attempt++)
        {
            if (await products.FindAsync(command.Id, cancellationToken) is not { } product)
            {
                return ProductErrors.NotFound;
            }

            if (command.ExpectedVersion is { } expected && product.Version != expected)
            {
                return ProductErrors.VersionConflict;
            }

            products.Remove(product);
            try
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return Result.Success();
            }
            catch (ConcurrencyConflictException) when (command.ExpectedVersion is not null)
            {
                return ProductErrors.VersionConflict;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Someone else's write committed first; the unit of work forgot the stale copy, so read again.
            }
        }
    }
}
