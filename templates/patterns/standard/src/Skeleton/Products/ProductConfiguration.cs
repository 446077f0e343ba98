using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rampart.AspNetCore.Data;
using Skeleton.Data;

namespace Skeleton.Products;

/// <summary>The <c>products</c> table: the catalog's rules again as database constraints, the last line of defence.</summary>
internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
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
        product.HasLiveUniqueIndex(p => p.Sku).HasDatabaseName(AppDbContext.SkuIndex);
    }
}
