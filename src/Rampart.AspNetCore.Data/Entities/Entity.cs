namespace Rampart.AspNetCore.Data.Entities;

/// <summary>
/// Base class for an aggregate or entity that follows every Rampart convention: UUIDv7 key, version, timestamps
/// and soft delete. The save interceptor maintains all of them; application code never sets them.
/// </summary>
public abstract class Entity : IEntity, IVersioned, IAuditable, ISoftDeletable
{
    /// <inheritdoc />
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <inheritdoc />
    public long Version { get; set; }

    /// <inheritdoc />
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public DateTimeOffset UpdatedAt { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? DeletedAt { get; set; }
}
