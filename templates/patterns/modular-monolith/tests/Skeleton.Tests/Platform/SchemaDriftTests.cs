using Microsoft.EntityFrameworkCore;
using Npgsql;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Identity.Database;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Platform;

/// <summary>
/// The hand-written migrations and the EF model describe the same tables: one database built by the migrations (the
/// app, at start-up), one by the model (<c>EnsureCreated</c>), compared column by column, index by index, check by check.
/// </summary>
public sealed class SchemaDriftTests(ShopApp app) : IClassFixture<ShopApp>
{
    [Theory]
    [InlineData(typeof(CatalogDbContext), CatalogDbContext.Schema)]
    [InlineData(typeof(IdentityDbContext), IdentityDbContext.Schema)]
    public async Task Migrations_MatchTheModel(Type contextType, string schema)
    {
        using (app.CreateClient())
        {
            // Starting the app applies every module's migrations.
        }

        await using var modelDatabase = await TestDatabase.CreateAsync();
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseNpgsql(modelDatabase.ConnectionString);
        await using (var context = (DbContext)Activator.CreateInstance(contextType, builder.Options)!)
        {
            await context.Database.EnsureCreatedAsync();
        }

        var migrated = await DescribeAsync(app.ConnectionString, schema);
        var modelled = await DescribeAsync(modelDatabase.ConnectionString, schema);

        Assert.NotEmpty(migrated);
        Assert.Equal(modelled, migrated);
    }

    private static async Task<List<string>> DescribeAsync(string connectionString, string schema)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '')
                   || ' ' || coalesce(numeric_precision::text, '') || ',' || coalesce(numeric_scale::text, '') || ' ' || is_nullable
              FROM information_schema.columns WHERE table_schema = @schema AND table_name <> '__ef_migrations_history'
            UNION ALL
            SELECT 'index ' || tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = @schema AND tablename <> '__ef_migrations_history'
            UNION ALL
            SELECT 'check ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE contype = 'c' AND connamespace = @schema::regnamespace
            ORDER BY 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("schema", schema);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
