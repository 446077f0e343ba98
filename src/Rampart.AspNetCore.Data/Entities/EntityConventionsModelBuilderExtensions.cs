using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rampart.AspNetCore.Data.Entities;

namespace Rampart.AspNetCore.Data;

/// <summary>Rampart's entity conventions, applied with one call at the end of <c>OnModelCreating</c>.</summary>
public static class EntityConventionsModelBuilderExtensions
{
    /// <summary>The name of the global query filter that hides soft-deleted rows (pass it to <c>IgnoreQueryFilters</c>).</summary>
    public const string SoftDeleteFilter = "SoftDelete";

    /// <summary>
    /// Applies the conventions to every entity configured so far: UUIDv7 keys generated in the application
    /// (<see cref="IEntity"/>), the <c>version</c> concurrency token (<see cref="IVersioned"/>), the soft-delete query
    /// filter (<see cref="ISoftDeletable"/>). snake_case names come from <c>UseRampartData</c> (EFCore.NamingConventions).
    /// Call it last in <c>OnModelCreating</c>.
    /// </summary>
    public static ModelBuilder ApplyRampartConventions(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var clr = entityType.ClrType;
            if (typeof(IEntity).IsAssignableFrom(clr) && entityType.FindProperty(nameof(IEntity.Id)) is { } id && id.IsPrimaryKey())
            {
                id.ValueGenerated = ValueGenerated.OnAdd;
                id.SetValueGeneratorFactory((_, _) => new UuidV7ValueGenerator());
            }

            if (typeof(IVersioned).IsAssignableFrom(clr) && entityType.FindProperty(nameof(IVersioned.Version)) is { } version)
            {
                version.IsConcurrencyToken = true;
            }

            if (typeof(ISoftDeletable).IsAssignableFrom(clr) && entityType.BaseType is null && !entityType.IsOwned())
            {
                modelBuilder.Entity(clr).HasQueryFilter(SoftDeleteFilter, LiveRowsFilter(clr));
            }
        }

        return modelBuilder;
    }

    /// <summary>
    /// A unique index over live rows only (<c>WHERE deleted_at IS NULL</c>), so the value of a soft-deleted row
    /// (a SKU, an email) can be used again. Violations surface as <see cref="DbUpdateException"/>; see
    /// <see cref="DbUpdateExceptionExtensions.IsUniqueViolation"/>.
    /// </summary>
    public static IndexBuilder<TEntity> HasLiveUniqueIndex<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, object?>> columns)
        where TEntity : class, ISoftDeletable
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.HasIndex(columns).IsUnique().HasFilter("deleted_at IS NULL");
    }

    private static LambdaExpression LiveRowsFilter(Type clr)
    {
        var entity = Expression.Parameter(clr, "entity");
        var deletedAt = Expression.Call(
            typeof(EF), nameof(EF.Property), [typeof(DateTimeOffset?)], entity, Expression.Constant(nameof(ISoftDeletable.DeletedAt)));
        return Expression.Lambda(Expression.Equal(deletedAt, Expression.Constant(null, typeof(DateTimeOffset?))), entity);
    }
}
