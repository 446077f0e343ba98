using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Rampart.AspNetCore.Messaging.Tests.Outbox;

/// <summary>The tables the migration helpers create are exactly the tables the model extensions map.</summary>
public sealed class MigrationDriftTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("messaging")]
    public void MigrationHelpers_SameTablesAsTheModel(string? schema)
    {
        var options = new DbContextOptionsBuilder<DriftContext>().UseNpgsql("Host=unused").Options;
        using var db = new DriftContext(options, schema);
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var expected = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model);
        var builder = new MigrationBuilder(db.Database.ProviderName);

        builder.CreateRampartOutboxTables(schema);
        builder.CreateRampartInboxTables(schema);

        Assert.Equal(Describe(expected), Describe(builder.Operations));
    }

    private static List<string> Describe(IEnumerable<MigrationOperation> operations)
    {
        var lines = new List<string>();
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case EnsureSchemaOperation schema:
                    lines.Add($"schema {schema.Name}");
                    break;
                case CreateTableOperation table:
                    lines.Add($"table {table.Schema}.{table.Name} pk {table.PrimaryKey?.Name}({string.Join(",", table.PrimaryKey?.Columns ?? [])})");
                    lines.AddRange(table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c =>
                        $"  {table.Name}.{c.Name} {c.ColumnType} {(c.IsNullable ? "null" : "not null")} {c.ClrType.Name} {c["Npgsql:ValueGenerationStrategy"]}"));
                    break;
                case CreateIndexOperation index:
                    lines.Add($"index {index.Schema}.{index.Name} on {index.Table}({string.Join(",", index.Columns)}) where {index.Filter} unique={index.IsUnique}");
                    break;
                default:
                    lines.Add(operation.GetType().Name);
                    break;
            }
        }

        // Each helper ensures its schema; creating a schema twice is harmless, so compare the set of statements.
        return lines.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private sealed class DriftContext(DbContextOptions<DriftContext> options, string? schema) : DbContext(options)
    {
        public string? Schema => schema;

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.AddRampartOutbox(schema);
            modelBuilder.AddRampartInbox(schema);
        }

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.ReplaceService<IModelCacheKeyFactory, SchemaCacheKeyFactory>();
    }

    /// <summary>One cached model per schema, since the same context type maps the tables to different schemas here.</summary>
    private sealed class SchemaCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), ((DriftContext)context).Schema, designTime);
    }
}
