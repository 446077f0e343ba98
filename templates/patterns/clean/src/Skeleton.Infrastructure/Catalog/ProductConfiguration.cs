using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skeleton.Application.Catalog;
using Skeleton.Domain.Catalog;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Catalog;

/// <summary>The <c>products</c> table, with the catalog's integrity rules as database constraints.</summary>
internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.HasEntityConventions();
        product.ToTable("products", table =>
        {
            table.HasCheckConstraint("ck_products_price_positive", "price > 0");
            table.HasCheckConstraint("ck_products_stock_not_negative", "stock >= 0");
            table.HasCheckConstraint("ck_products_reserved_not_negative", "reserved >= 0");
            table.HasCheckConstraint("ck_products_reserved_within_stock", "reserved <= stock");
        });
        product.Property(p => p.Sku).HasMaxLength(ProductRules.SkuMaxLength);
        product.Property(p => p.Name).HasMaxLength(ProductRules.NameMaxLength);
        product.Property(p => p.Price).HasPrecision(12, 2);
        product.Ignore(p => p.Available);

        // Unique among live rows only, so the sku of a deleted product can be used again.
        product.HasIndex(p => p.Sku).IsUnique().HasFilter("deleted_at IS NULL").HasDatabaseName(IProductRepository.SkuKey);
    }
}
