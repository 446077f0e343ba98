using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Webhooks;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Maps the webhook delivery table into any application DbContext.</summary>
public static class WebhookModelBuilderExtensions
{
    /// <summary>The webhook delivery table.</summary>
    public const string Table = "webhook_deliveries";

    /// <summary>
    /// Maps <see cref="WebhookDelivery"/> to <c>webhook_deliveries</c>. Call it from <c>OnModelCreating</c> of the
    /// DbContext given to <c>AddRampartWebhookSender</c>; the next <c>dotnet ef migrations add</c> creates the table.
    /// </summary>
    public static ModelBuilder AddRampartWebhooks(this ModelBuilder modelBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<WebhookDelivery>(entity =>
        {
            entity.ToTable(Table, schema);
            entity.HasKey(d => d.Id).HasName("pk_webhook_deliveries");
            entity.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
            entity.Property(d => d.Webhook).HasColumnName("webhook").HasMaxLength(100).IsRequired();
            entity.Property(d => d.EventType).HasColumnName("event_type").HasMaxLength(200).IsRequired();
            entity.Property(d => d.Payload).HasColumnName("payload").HasColumnType("text").IsRequired();
            entity.Property(d => d.Status).HasColumnName("status");
            entity.Property(d => d.Attempts).HasColumnName("attempts");
            entity.Property(d => d.CreatedAt).HasColumnName("created_at");
            entity.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
            entity.Property(d => d.LastError).HasColumnName("last_error");
            entity.Property(d => d.DeliveredAt).HasColumnName("delivered_at");
            entity.HasIndex(d => d.NextAttemptAt).HasDatabaseName("ix_webhook_deliveries_pending").HasFilter("status = 0");
        });
        return modelBuilder;
    }
}
