using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
#if RAMPART_EXAMPLE_SHOP
using Rampart.AspNetCore.Messaging;
#endif

namespace Skeleton.Shared.Database;

/// <summary>
/// The service's one DbContext, in one schema (<c>skeleton</c>). It names no feature: each feature maps its own tables
/// with an <see cref="IEntityTypeConfiguration{TEntity}"/> next to its slices, picked up from this assembly, and reaches
/// them through <c>Set&lt;TEntity&gt;()</c>. The building blocks' tables (identity, idempotency keys, outbox, inbox)
/// live here too, so a slice's change, its stored response and its events commit in one transaction.
/// </summary>
internal sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public const string Schema = "skeleton";

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
