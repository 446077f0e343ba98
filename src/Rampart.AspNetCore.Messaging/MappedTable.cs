using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Reads where the application's model put one of the building block's tables.</summary>
internal static class MappedTable
{
    public static string QuotedName<TEntity>(DbContext db, string mappingMethod)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException(
                $"{db.GetType().Name} does not map {typeof(TEntity).Name}: call modelBuilder.{mappingMethod}() in its OnModelCreating.");
        var table = entity.GetTableName()!;
        var schema = entity.GetSchema();
        return schema is null ? Quote(table) : $"{Quote(schema)}.{Quote(table)}";
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
