using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>The wake-up signal of the relay of <typeparamref name="TDbContext"/>: each DbContext's relay has its own.</summary>
internal sealed class OutboxSignal<TDbContext> : OutboxSignal
    where TDbContext : DbContext;
