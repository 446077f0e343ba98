using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class MigrationsTests
{
    private const string WaitingForLockSql =
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";

    [Fact]
    public async Task MigrateCommand_FreshDatabase_AppliesOnceThenNothing()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: false);
        Assert.Empty(await TablesAsync(database.ConnectionString));
        using var first = new StringWriter();
        using var second = new StringWriter();

        var firstCode = await host.App.RunRampartCommandAsync(["migrate"], first);
        var secondCode = await host.App.RunRampartCommandAsync(["migrate"], second);

        Assert.Equal(0, firstCode);
        Assert.Matches(@"applied 1 migration\(s\): \d{14}_Initial", first.ToString());
        Assert.Equal(0, secondCode);
        Assert.Contains("applied 0 migration(s).", second.ToString(), StringComparison.Ordinal);
        Assert.Equal(["__EFMigrationsHistory", "idempotency_keys", "products"], await TablesAsync(database.ConnectionString));
    }

    [Fact]
    public async Task ScriptCommand_WritesIdempotentScriptThatAppliesTwice()
    {
        await using var source = await PostgresDatabase.CreateAsync();
        await using var target = await PostgresDatabase.CreateAsync();
        await using var host = await ShopHost.StartAsync(source.ConnectionString, migrateOnStartup: false);
        var file = Path.Combine(Path.GetTempPath(), $"rampart-script-{Guid.NewGuid():N}.sql");
        using var output = new StringWriter();

        var code = await host.App.RunRampartCommandAsync(["migrations", "script", "--output", file], output);
        var script = await File.ReadAllTextAsync(file);
        File.Delete(file);
        await ExecuteAsync(target.ConnectionString, script);
        await ExecuteAsync(target.ConnectionString, script);

        Assert.Equal(0, code);
        Assert.Contains("CREATE TABLE products", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE idempotency_keys", script, StringComparison.Ordinal);
        Assert.Equal(["__EFMigrationsHistory", "idempotency_keys", "products"], await TablesAsync(target.ConnectionString));
        Assert.Empty(await TablesAsync(source.ConnectionString));
    }

    [Fact]
    public void Model_MatchesTheMigrations_NoPendingChanges()
    {
        using var context = new ShopDbContextFactory().CreateDbContext([]);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "ShopDbContext changed without a migration: dotnet ef migrations add <Name>.");
    }

    [Fact]
    public async Task Migrations_CreateWhatTheModelCreates()
    {
        await using var migrated = await PostgresDatabase.CreateAsync();
        await using var created = await PostgresDatabase.CreateAsync();
        await using (var host = await ShopHost.StartAsync(migrated.ConnectionString, migrateOnStartup: true))
        {
            Assert.NotEmpty(await TablesAsync(migrated.ConnectionString));
        }

        var options = new DbContextOptionsBuilder<ShopDbContext>();
        ShopDbContextFactory.Configure(options, created.ConnectionString, new ServiceCollection().BuildServiceProvider());
        await using (var context = new ShopDbContext(options.Options))
        {
            await context.Database.EnsureCreatedAsync();
        }

        Assert.Equal(await SchemaAsync(created.ConnectionString), await SchemaAsync(migrated.ConnectionString));
    }

    [Fact]
    public async Task ApplyOnStartup_TwoInstancesStartingTogether_ApplyOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();

        var hosts = await Task.WhenAll(
            ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: true),
            ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: true));
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        Assert.Equal(1L, await ScalarAsync(database.ConnectionString, "SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task MigrateCommand_AnotherInstanceHoldsTheLock_WaitsThenApplies()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: false);
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var history = scope.ServiceProvider.GetRequiredService<ShopDbContext>().GetService<IHistoryRepository>();
            await using var create = new NpgsqlCommand(history.GetCreateScript(), holder);
            await create.ExecuteNonQueryAsync();
        }

        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE \"__EFMigrationsHistory\" IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        using var output = new StringWriter();

        var migrating = host.App.RunRampartCommandAsync(["migrate"], output);
        await Eventually.UntilAsync(
            async () => migrating.IsCompleted || (long)(await ScalarAsync(database.ConnectionString, WaitingForLockSql))! > 0,
            "the migrate command waits for the history table's lock", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50));
        var waited = migrating.IsCompleted;
        await transaction.RollbackAsync();

        Assert.False(waited);
        Assert.Equal(0, await migrating);
        Assert.Contains("applied 1 migration(s)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateCommand_TwoInstancesAtOnce_ExactlyOneApplies()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = await ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: false);
        await using var second = await ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: false);
        using var firstOutput = new StringWriter();
        using var secondOutput = new StringWriter();

        var codes = await Task.WhenAll(
            first.App.RunRampartCommandAsync(["migrate"], firstOutput),
            second.App.RunRampartCommandAsync(["migrate"], secondOutput));

        Assert.Equal([0, 0], codes);
        string[] outputs = [firstOutput.ToString(), secondOutput.ToString()];
        Assert.Single(outputs, o => o.Contains("applied 1 migration(s)", StringComparison.Ordinal));
        Assert.Single(outputs, o => o.Contains("applied 0 migration(s).", StringComparison.Ordinal));
        Assert.Equal(1L, await ScalarAsync(database.ConnectionString, "SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0" }, null)]
    [InlineData(new[] { "migrations", "bogus" }, 2)]
    public async Task Command_OtherArguments_RunsHostOrRejects(string[] args, int? expected)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: false);
        using var output = new StringWriter();

        var code = await host.App.RunRampartCommandAsync(args, output);

        Assert.Equal(expected, code);
        Assert.Empty(await TablesAsync(database.ConnectionString));
    }

    [Fact]
    public async Task ListCommand_ShowsPendingThenApplied()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: false);
        using var before = new StringWriter();
        using var after = new StringWriter();

        await host.App.RunRampartCommandAsync(["migrations", "list"], before);
        await host.App.Services.GetRequiredService<ShopDbContext>().Database.MigrateAsync();
        await host.App.RunRampartCommandAsync(["migrations", "list"], after);

        Assert.Matches(@"pending  \d{14}_Initial", before.ToString());
        Assert.Matches(@"applied  \d{14}_Initial", after.ToString());
    }

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name COLLATE \"C\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<List<string>> SchemaAsync(string connectionString)
    {
        const string sql = """
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '') || ' ' || is_nullable
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            ORDER BY 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
