using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skeleton.Domain.Common;

namespace Skeleton.Infrastructure.Persistence;

/// <summary>How every domain <see cref="Entity"/> maps, called first by each entity's configuration.</summary>
internal static class EntityConventions
{
    /// <summary>The name of the query filter that hides soft-deleted rows (pass it to <c>IgnoreQueryFilters</c>).</summary>
    public const string SoftDeleteFilter = "SoftDelete";

    /// <summary>
    /// The id comes from the domain (never the database), the version is the concurrency token, removed rows are
    /// filtered out, and the pending domain events are not a column.
    /// </summary>
    public static EntityTypeBuilder<TEntity> HasEntityConventions<TEntity>(this EntityTypeBuilder<TEntity> entity)
        where TEntity : Entity
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Id).ValueGeneratedNever();
        entity.Property(e => e.Version).IsConcurrencyToken();
        entity.Ignore(e => e.DomainEvents);
        entity.HasQueryFilter(SoftDeleteFilter, e => e.DeletedAt == null);
        return entity;
    }
}
