namespace Skeleton.Core.Common;

/// <summary>What every stored aggregate carries: its id (UUIDv7), its version and when it was created and last changed.</summary>
public abstract class Aggregate
{
    /// <summary>The id, a UUIDv7 made in the application.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Raised by one on every committed change; the ETag of the API.</summary>
    public long Version { get; private set; }

    /// <summary>When it was first stored.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Sets what only storage knows. The persistence adapter calls it when it loads the aggregate and after it commits
    /// it; the core never does.
    /// </summary>
    public void Stamp(long version, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        Version = version;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }
}
