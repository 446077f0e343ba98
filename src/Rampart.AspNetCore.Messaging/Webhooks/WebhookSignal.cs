using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Outbox;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>Wakes this process's webhook dispatcher of <typeparamref name="TDbContext"/> when deliveries were saved.</summary>
internal sealed class WebhookSignal<TDbContext> : OutboxSignal
    where TDbContext : DbContext;
