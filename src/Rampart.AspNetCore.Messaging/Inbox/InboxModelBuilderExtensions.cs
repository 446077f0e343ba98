using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Inbox;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Maps the inbox table into any application DbContext.</summary>
public static class InboxModelBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="InboxMessage"/> to <c>inbox_messages</c>. Call it from <c>OnModelCreating</c>; the context's
    /// next <c>dotnet ef migrations add</c> creates the table.
    /// </summary>
    public static ModelBuilder AddRampartInbox(this ModelBuilder modelBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<InboxMessage>(entity =>
        {
            entity.ToTable(MessagingTables.Inbox, schema);
            entity.HasKey(m => new { m.MessageId, m.Consumer }).HasName("pk_inbox_messages");
            entity.Property(m => m.MessageId).HasColumnName("message_id").ValueGeneratedNever();
            entity.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            entity.Property(m => m.Type).HasColumnName("type").HasMaxLength(200).IsRequired();
            entity.Property(m => m.Status).HasColumnName("status");
            entity.Property(m => m.Attempts).HasColumnName("attempts");
            entity.Property(m => m.HandledAt).HasColumnName("handled_at");
            entity.Property(m => m.Error).HasColumnName("error");
            entity.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            entity.Property(m => m.Headers).HasColumnName("headers").HasColumnType("jsonb");
            entity.HasIndex(m => m.HandledAt).HasDatabaseName("ix_inbox_messages_dead_lettered").HasFilter("status = 1");
        });
        return modelBuilder;
    }
}
