using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rampart.Testing;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class IdentityMigrationTests
{
    [Fact]
    public void Model_MatchesTheMigrations_NoPendingChanges()
    {
        using var context = new IdentityTestDbContextFactory().CreateDbContext([]);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "The identity model changed without a migration: dotnet ef migrations add <Name>.");
    }

    [Fact]
    public async Task Migrations_CreateWhatTheModelCreates_ColumnsIndexesAndConstraints()
    {
        await using var migrated = await PostgresDatabase.CreateAsync();
        await using var created = await PostgresDatabase.CreateAsync();
        await using (var context = IdentityTestDbContextFactory.Create(migrated.ConnectionString))
        {
            await context.Database.MigrateAsync();
        }

        await using (var context = IdentityTestDbContextFactory.Create(created.ConnectionString))
        {
            await context.Database.EnsureCreatedAsync();
        }

        Assert.Equal(await DescribeAsync(created.ConnectionString), await DescribeAsync(migrated.ConnectionString));
    }

    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        const string Sql = """
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable
            FROM information_schema.columns WHERE table_schema = 'identity'
            UNION ALL
            SELECT indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '') FROM pg_indexes WHERE schemaname = 'identity'
            UNION ALL
            SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'identity'::regnamespace
            ORDER BY 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        Assert.NotEmpty(rows);
        return rows;
    }
}
