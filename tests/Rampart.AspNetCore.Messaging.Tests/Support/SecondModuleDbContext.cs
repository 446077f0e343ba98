using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>A second module's DbContext in the same database: its own schema, effects, outbox and inbox.</summary>
public sealed class SecondModuleDbContext(DbContextOptions<SecondModuleDbContext> options) : DbContext(options)
{
    public const string Schema = "billing";

    public DbSet<TestEffect> Effects => Set<TestEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TestEffect>(entity =>
        {
            entity.ToTable("effects", Schema);
            entity.Property(e => e.Id).HasColumnName("id").UseIdentityByDefaultColumn();
            entity.Property(e => e.MessageId).HasColumnName("message_id");
            entity.Property(e => e.Consumer).HasColumnName("consumer");
            entity.Property(e => e.OrderId).HasColumnName("order_id");
            entity.Property(e => e.Step).HasColumnName("step");
        });
        modelBuilder.AddRampartOutbox(Schema);
        modelBuilder.AddRampartInbox(Schema);
    }
}
