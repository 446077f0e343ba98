using Skeleton.Application.Common;
using Skeleton.Domain.Catalog;
using Skeleton.Domain.Common;

namespace Skeleton.Application.Catalog.CreateProduct;

/// <summary>Administrators add products; a sku that a live product has already is <see cref="ProductErrors.SkuTaken"/>.</summary>
public sealed class CreateProductHandler(ICurrentUser user, IProductRepository products, IUnitOfWork unitOfWork)
{
    public async Task<Result<ProductDto>> HandleAsync(CreateProductCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (user.RequireAdmin() is { } forbidden)
        {
            return forbidden;
        }

        var created = Product.Create(command.Sku, command.Name, command.Price, command.Stock);
        if (created.Error is { } invalid)
        {
            return invalid;
        }

        products.Add(created.Value);
        try
        {
            // The database's unique index decides, so two concurrent creates of one sku cannot both win.
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException ex) when (ex.Key == IProductRepository.SkuKey)
        {
            return ProductErrors.SkuTaken;
        }

        return ProductDto.From(created.Value);
    }
}
