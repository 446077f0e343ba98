namespace Skeleton.Application.Common;

/// <summary>
/// The use case's transaction. <see cref="SaveChangesAsync"/> commits, all together or not at all, every change made
/// to what the repositories returned, the domain events those aggregates raised and the events published through
/// <see cref="IEventPublisher"/>.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Commits. Throws <see cref="ConcurrencyConflictException"/> when an entity changed since it was loaded, and
    /// <see cref="DuplicateKeyException"/> when a unique key is taken; after either, the unit of work has forgotten
    /// everything it loaded, so a retry starts by loading again.
    /// </summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
