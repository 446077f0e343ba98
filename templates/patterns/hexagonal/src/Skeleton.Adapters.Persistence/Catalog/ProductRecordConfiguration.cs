using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rampart.AspNetCore.Data;
using Skeleton.Core.Catalog;

namespace Skeleton.Adapters.Persistence.Catalog;

/// <summary>The <c>products</c> table, with the catalog's integrity rules as database constraints.</summary>
internal sealed class ProductRecordConfiguration : IEntityTypeConfiguration<ProductRecord>
{
    public const string SkuIndex = "ux_products_sku";

    public void Configure(EntityTypeBuilder<ProductRecord> product)
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
        product.HasLiveUniqueIndex(p => p.Sku).HasDatabaseName(SkuIndex);
    }
}
