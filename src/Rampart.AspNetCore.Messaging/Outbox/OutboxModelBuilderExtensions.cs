using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Outbox;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Maps the outbox table into any application DbContext.</summary>
public static class OutboxModelBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="OutboxMessage"/> to <c>outbox_messages</c>. Call it from <c>OnModelCreating</c>; the context's
    /// next <c>dotnet ef migrations add</c> creates the table.
    /// </summary>
    public static ModelBuilder AddRampartOutbox(this ModelBuilder modelBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(entity =>
        {
            entity.ToTable(MessagingTables.Outbox, schema);
            entity.HasKey(m => m.Id).HasName("pk_outbox_messages");
            entity.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
            entity.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityByDefaultColumn();
            entity.Property(m => m.Type).HasColumnName("type").HasMaxLength(200).IsRequired();
            entity.Property(m => m.PartitionKey).HasColumnName("partition_key").HasMaxLength(200);
            entity.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb").IsRequired();
            entity.Property(m => m.Headers).HasColumnName("headers").HasColumnType("jsonb").IsRequired();
            entity.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            entity.Property(m => m.Status).HasColumnName("status");
            entity.Property(m => m.Attempts).HasColumnName("attempts");
            entity.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            entity.Property(m => m.LastError).HasColumnName("last_error");
            entity.Property(m => m.PublishedAt).HasColumnName("published_at");
            entity.HasIndex(m => m.Sequence).HasDatabaseName("ix_outbox_messages_pending").HasFilter("status = 0");
            entity.HasIndex(m => new { m.PartitionKey, m.Sequence }).HasDatabaseName("ix_outbox_messages_partition_pending").HasFilter("status = 0");
        });
        return modelBuilder;
    }
}
