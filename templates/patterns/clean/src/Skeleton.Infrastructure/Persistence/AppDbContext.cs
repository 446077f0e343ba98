using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
#if RAMPART_EXAMPLE_SHOP
using Rampart.AspNetCore.Messaging;
using Skeleton.Domain.Catalog;
using Skeleton.Domain.Orders;
#endif

namespace Skeleton.Infrastructure.Persistence;

/// <summary>
/// The service's one DbContext, in one schema (<c>skeleton</c>): the domain's aggregates, mapped by the
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes of this assembly, and the building blocks' tables (identity,
/// idempotency keys, and with the Shop the outbox and inbox), so a use case's change, its stored response and its events commit in one
/// transaction.
/// </summary>
internal sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public const string Schema = "skeleton";
#if RAMPART_EXAMPLE_SHOP

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Order> Orders => Set<Order>();
#endif

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        modelBuilder.AddRampartIdentity(Schema);
        modelBuilder.AddRampartIdempotency(Schema);
#if RAMPART_EXAMPLE_SHOP
        modelBuilder.AddRampartOutbox(Schema).AddRampartInbox(Schema);
#endif
        modelBuilder.ApplyRampartConventions();
    }
}
