using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
#if RAMPART_EXAMPLE_SHOP
using Rampart.AspNetCore.Messaging;
using Skeleton.Orders;
using Skeleton.Products;
#endif

namespace Skeleton.Data;

#if RAMPART_EXAMPLE_SHOP
/// <summary>
/// The service's one DbContext and one schema (<c>public</c>): the building blocks' tables (accounts and tokens,
/// idempotency keys, outbox and inbox) beside the service's own. Migrations live in <c>Data/Migrations</c>, made with
/// <c>dotnet ef migrations add &lt;Name&gt;</c>.
/// </summary>
#else
/// <summary>
/// The service's one DbContext and one schema (<c>public</c>): the building blocks' tables (accounts and tokens,
/// idempotency keys) beside the service's own. Migrations live in <c>Data/Migrations</c>, made with
/// <c>dotnet ef migrations add &lt;Name&gt;</c>.
/// </summary>
#endif
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
#if RAMPART_EXAMPLE_SHOP
    public const string SkuIndex = "ux_products_sku";

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Order> Orders => Set<Order>();

#endif
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRampartIdentity(schema: "public");
        modelBuilder.AddRampartIdempotency();
#if RAMPART_EXAMPLE_SHOP
        modelBuilder.AddRampartOutbox().AddRampartInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
#endif
        modelBuilder.ApplyRampartConventions();
    }
}
