using Microsoft.EntityFrameworkCore;
using Npgsql;
using Skeleton.Application.Common;
using Skeleton.Domain.Common;
#if RAMPART_EXAMPLE_SHOP
using Rampart.AspNetCore.Messaging.Outbox;
#endif

namespace Skeleton.Infrastructure.Persistence;

/// <summary>
/// The <see cref="IUnitOfWork"/> port on <see cref="AppDbContext"/>: one SaveChanges, so one transaction (or a
/// savepoint of the request's, when an <c>Idempotency-Key</c> makes the stored response commit with the work). The
/// domain events raised by the tracked aggregates go into the outbox first, so they commit with the change or not at
/// all; a service generated without messaging refuses them instead of dropping them.
/// </summary>
#if RAMPART_EXAMPLE_SHOP
internal sealed class UnitOfWork(AppDbContext db, IOutbox<AppDbContext> outbox) : IUnitOfWork
#else
internal sealed class UnitOfWork(AppDbContext db) : IUnitOfWork
#endif
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        foreach (var entity in db.ChangeTracker.Entries<Entity>().Select(entry => entry.Entity).ToList())
        {
#if RAMPART_EXAMPLE_SHOP
            foreach (var domainEvent in entity.DomainEvents)
            {
                outbox.Add(domainEvent, entity.Id.ToString());
            }
#else
            // Without messaging there is nowhere to deliver an event; dropping it silently would lose the reaction.
            if (entity.DomainEvents.FirstOrDefault() is { } domainEvent)
            {
                throw new InvalidOperationException(
                    $"{entity.GetType().Name} raised {domainEvent.GetType().Name}, but this service has no outbox: add Rampart.AspNetCore.Messaging and write the events to it here.");
            }
#endif

            entity.ClearDomainEvents();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("An entity changed since it was loaded; load it again.", ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            db.ChangeTracker.Clear();
            throw new DuplicateKeyException(unique.ConstraintName ?? string.Empty, ex);
        }
    }
}
