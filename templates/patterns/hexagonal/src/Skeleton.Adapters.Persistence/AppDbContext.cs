using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;
#if RAMPART_EXAMPLE_SHOP
using Rampart.AspNetCore.Messaging;
#endif

namespace Skeleton.Adapters.Persistence;

/// <summary>
/// The service's one DbContext, in one schema (<c>skeleton</c>). It maps this adapter's records, never the core's
/// objects: each module's records are configured next to their repository (<see cref="IEntityTypeConfiguration{TEntity}"/>,
/// picked up from this assembly). The building blocks' tables (identity, idempotency keys, outbox, inbox, webhook
/// deliveries) live here too, so a use case's change, its stored response, its events and its notifications commit in
/// one transaction.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public const string Schema = "skeleton";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        modelBuilder.AddRampartIdentity(Schema);
        modelBuilder.AddRampartIdempotency(Schema);
#if RAMPART_EXAMPLE_SHOP
        modelBuilder.AddRampartOutbox(Schema).AddRampartInbox(Schema).AddRampartWebhooks(Schema);
#endif
        modelBuilder.ApplyRampartConventions();
    }
}
