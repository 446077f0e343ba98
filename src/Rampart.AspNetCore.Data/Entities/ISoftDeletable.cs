namespace Rampart.AspNetCore.Data.Entities;

/// <summary>
/// An entity that is never physically deleted: removing it sets <c>deleted_at</c>, and a global query filter
/// hides it from every query (use <c>IgnoreQueryFilters</c> to see it).
/// </summary>
public interface ISoftDeletable
{
    /// <summary>When the entity was deleted (UTC); null while it is live.</summary>
    DateTimeOffset? DeletedAt { get; set; }
}
