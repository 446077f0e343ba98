using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Data.Tests.Host;

public sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Product>(product =>
        {
            product.Property(p => p.Sku).HasMaxLength(64);
            product.Property(p => p.Name).HasMaxLength(200);
            product.Property(p => p.Price).HasPrecision(12, 2);
            product.HasLiveUniqueIndex(p => p.Sku);
            product.HasIndex(p => new { p.Price, p.Id });
        });
        modelBuilder.AddRampartIdempotency();
        modelBuilder.ApplyRampartConventions();
    }
}
