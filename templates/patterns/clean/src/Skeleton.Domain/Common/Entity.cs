namespace Skeleton.Domain.Common;

/// <summary>
/// The base of every entity. Its id is a UUIDv7 made here, so an aggregate knows its id before it is stored. The version
/// (optimistic concurrency), the timestamps and the soft delete are kept by the persistence layer on every save; domain
/// code reads them and never sets them. The domain events raised since the entity was loaded wait here until the unit of
/// work takes them.
/// </summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>Bumped on every saved change; a save from a stale copy fails instead of overwriting.</summary>
    public long Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Set when the entity is removed: the row stays, hidden from every query.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
