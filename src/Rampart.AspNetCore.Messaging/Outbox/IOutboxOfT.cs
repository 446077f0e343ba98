using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// The outbox of <typeparamref name="TDbContext"/>: events added here are committed by that DbContext's
/// <c>SaveChanges</c> and published by its own relay. Use it when several DbContexts (modules) have messaging;
/// the non-generic <see cref="IOutbox"/> resolves only while exactly one DbContext registered messaging.
/// </summary>
/// <typeparam name="TDbContext">The DbContext that registered messaging with <c>AddRampartMessaging</c>.</typeparam>
public interface IOutbox<TDbContext> : IOutbox
    where TDbContext : DbContext;
