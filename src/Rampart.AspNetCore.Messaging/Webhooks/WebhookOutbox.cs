using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging.Outbox;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>Adds deliveries to the scope's <typeparamref name="TDbContext"/>; its SaveChanges commits them and wakes the dispatcher.</summary>
internal sealed class WebhookOutbox<TDbContext>(
    TDbContext dbContext, TimeProvider timeProvider, IOptions<MessagingJsonOptions> json, WebhookSignal<TDbContext> signal, WebhookRegistry registry)
    : IWebhookOutbox
    where TDbContext : DbContext
{
    private bool _wakesDispatcher;

    public Guid Enqueue<TData>(string webhook, string eventType, TData data)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhook);
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        if (!registry.Senders.Contains(webhook))
        {
            throw new InvalidOperationException(
                $"No webhook sender is registered as '{webhook}': call services.AddRampartWebhookSender<{typeof(TDbContext).Name}>(\"{webhook}\", …).");
        }

        var now = timeProvider.GetUtcNow();
        var delivery = new WebhookDelivery
        {
            Id = MessageIds.Next(now),
            Webhook = webhook,
            EventType = eventType,
            Payload = JsonSerializer.Serialize(new WebhookBody<TData>(eventType, now, data), json.Value.SerializerOptions),
            Status = WebhookDeliveryStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        dbContext.Set<WebhookDelivery>().Add(delivery);
        if (!_wakesDispatcher)
        {
            dbContext.SavedChanges += (_, _) => signal.Notify();
            _wakesDispatcher = true;
        }

        return delivery.Id;
    }

    private sealed record WebhookBody<TData>(string Type, DateTimeOffset Timestamp, TData Data);
}
