using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Errors;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Catalog.Products;

namespace Skeleton.Modules.Catalog.Features.CreateProduct;

/// <summary>
/// Creating a product, the same for every edge that offers it: the domain's rules,
/// then the insert; a live sku twice is <c>catalog.sku_taken</c> from the unique index.
/// </summary>
internal sealed class CreateProduct(CatalogDbContext db)
{
    public async Task<Result<Product>> HandleAsync(CreateProductRequest request, CancellationToken cancellationToken)
    {
        var created = Product.Create(request.Sku, request.Name, request.Price, request.Stock);
        if (created.Error is { } invalid)
        {
            return invalid;
        }

        var product = created.Value;
        db.Products.Add(product);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(CatalogDbContext.SkuIndex))
        {
            return ProductErrors.SkuTaken;
        }

        return product;
    }
}
