namespace Rampart.AspNetCore.Data.Entities;

/// <summary>An entity stamped with <c>created_at</c> and <c>updated_at</c> from <see cref="TimeProvider"/>.</summary>
public interface IAuditable
{
    /// <summary>When the entity was inserted (UTC).</summary>
    DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the entity was last saved (UTC).</summary>
    DateTimeOffset UpdatedAt { get; set; }
}
