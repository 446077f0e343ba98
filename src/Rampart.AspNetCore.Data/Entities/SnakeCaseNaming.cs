using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Rampart.AspNetCore.Data.Entities;

/// <summary>Renames what still carries its default name to snake_case, with prefixed constraint and index names.</summary>
internal static class SnakeCaseNaming
{
    public static void Apply(IMutableModel model)
    {
        foreach (var entityType in model.GetEntityTypes())
        {
            if (entityType.BaseType is null && !entityType.IsOwned() && entityType.GetTableName() is { } table
                && !IsExplicit(((IConventionEntityType)entityType).GetTableNameConfigurationSource()))
            {
                entityType.SetTableName(SnakeCase.Convert(table));
            }

            foreach (var property in entityType.GetDeclaredProperties())
            {
                if (property.GetColumnName() is { } column && !IsExplicit(((IConventionProperty)property).GetColumnNameConfigurationSource()))
                {
                    property.SetColumnName(SnakeCase.Convert(column));
                }
            }
        }

        foreach (var entityType in model.GetEntityTypes())
        {
            var table = entityType.GetTableName();
            if (table is null)
            {
                continue;
            }

            foreach (var key in entityType.GetDeclaredKeys().Where(k => !IsExplicit(((IConventionKey)k).GetNameConfigurationSource())))
            {
                key.SetName(key.IsPrimaryKey() ? $"pk_{table}" : $"ak_{table}_{Columns(key.Properties)}");
            }

            foreach (var foreignKey in entityType.GetDeclaredForeignKeys().Where(k => !IsExplicit(((IConventionForeignKey)k).GetConstraintNameConfigurationSource())))
            {
                foreignKey.SetConstraintName($"fk_{table}_{foreignKey.PrincipalEntityType.GetTableName()}_{Columns(foreignKey.Properties)}");
            }

            foreach (var index in entityType.GetDeclaredIndexes().Where(i => !IsExplicit(((IConventionIndex)i).GetDatabaseNameConfigurationSource())))
            {
                index.SetDatabaseName($"{(index.IsUnique ? "ux" : "ix")}_{table}_{Columns(index.Properties)}");
            }
        }
    }

    private static bool IsExplicit(ConfigurationSource? source) =>
        source is ConfigurationSource.Explicit or ConfigurationSource.DataAnnotation;

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) =>
        string.Join('_', properties.Select(p => p.GetColumnName()));
}
