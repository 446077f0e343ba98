using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

public sealed class MessagingTestDbContext(DbContextOptions<MessagingTestDbContext> options) : DbContext(options)
{
    public const string Schema = "messaging";

    public DbSet<TestOrder> Orders => Set<TestOrder>();

    public DbSet<TestEffect> Effects => Set<TestEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TestOrder>(entity =>
        {
            entity.ToTable("orders");
            entity.Property(o => o.Id).HasColumnName("id");
            entity.Property(o => o.Number).HasColumnName("number");
            entity.HasIndex(o => o.Number).IsUnique();
        });
        modelBuilder.Entity<TestEffect>(entity =>
        {
            entity.ToTable("effects");
            entity.Property(e => e.Id).HasColumnName("id").UseIdentityByDefaultColumn();
            entity.Property(e => e.MessageId).HasColumnName("message_id");
            entity.Property(e => e.Consumer).HasColumnName("consumer");
            entity.Property(e => e.OrderId).HasColumnName("order_id");
            entity.Property(e => e.Step).HasColumnName("step");
        });
        modelBuilder.AddRampartOutbox(Schema);
        modelBuilder.AddRampartInbox(Schema);
        modelBuilder.AddRampartWebhooks(Schema);
    }
}
