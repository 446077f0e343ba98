using Skeleton.Application.Common;
using Skeleton.Domain.Catalog;
using Skeleton.Domain.Common;

namespace Skeleton.Application.Catalog.UpdateProduct;

/// <summary>
/// Administrators change a product they read at a known version. A stale version is
/// <see cref="ProductErrors.VersionConflict"/>, also when another write lands between the check and the save.
/// </summary>
public sealed class UpdateProductHandler(ICurrentUser user, IProductRepository products, IUnitOfWork unitOfWork)
{
    public async Task<Result<ProductDto>> HandleAsync(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (user.RequireAdmin() is { } forbidden)
        {
            return forbidden;
        }

        if (await products.FindAsync(command.Id, cancellationToken) is not { } product)
        {
            return ProductErrors.NotFound;
        }

        if (product.Version != command.ExpectedVersion)
        {
            return ProductErrors.VersionConflict;
        }

        if (product.Change(command.Name, command.Price, command.Stock).Error is { } invalid)
        {
            return invalid;
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return ProductErrors.VersionConflict;
        }

        return ProductDto.From(product);
    }
}
