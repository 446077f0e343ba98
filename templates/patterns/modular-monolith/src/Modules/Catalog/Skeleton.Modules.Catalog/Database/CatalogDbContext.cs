using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Messaging;
using Skeleton.Modules.Catalog.Products;

namespace Skeleton.Modules.Catalog.Database;

/// <summary>The catalog module's tables, in schema <c>catalog</c>. No other module reads or writes them.</summary>
internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public const string Schema = "catalog";
    public const string SkuIndex = "ux_products_sku";

    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Product>(product =>
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
        });

        modelBuilder.AddRampartOutbox(Schema).AddRampartInbox(Schema); // Catalog's outbox and inbox
        modelBuilder.ApplyRampartConventions();
    }
}
