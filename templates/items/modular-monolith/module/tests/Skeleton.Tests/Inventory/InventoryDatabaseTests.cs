using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rampart.AspNetCore.Data;
using Rampart.LocalServers;
using Skeleton.Modules.Inventory.Database;
using Skeleton.SharedKernel;

namespace Skeleton.Tests.Inventory;

/// <summary>
/// The Inventory module's migrations on a database of their own (on the server named by <c>SKELETON_TEST_POSTGRES</c>,
/// or a private one the tests start): what <c>migrate</c> applies creates the module's schema with its own history.
/// </summary>
public sealed class InventoryDatabaseTests : IAsyncLifetime
{
    private const string ServerVariable = "SKELETON_TEST_POSTGRES";

    private readonly string _database = "test_" + Guid.NewGuid().ToString("N")[..20];
    private string _server = "";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;

    public async Task InitializeAsync()
    {
        _server = await TestPostgres.ServerAsync(ServerVariable);
        await ExecuteAsync(_server, $"CREATE DATABASE \"{_database}\"");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    [Fact]
    public async Task Migrate_FreshDatabase_CreatesTheSchemaWithItsOwnHistory()
    {
        await using var context = CreateContext();

        await context.Database.MigrateAsync();

        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var history = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = @schema AND table_name = @table", connection);
        history.Parameters.AddWithValue("schema", InventoryDbContext.Schema);
        history.Parameters.AddWithValue("table", ModuleDatabase.HistoryTable);
        Assert.Equal(1L, await history.ExecuteScalarAsync());
    }

    [Fact]
    public void Model_MatchesTheMigrations_NoPendingChanges()
    {
        // Built the way dotnet ef builds it, from the host's services, without a database or a start.
        using var context = (InventoryDbContext)DbContextActivator.CreateInstance(typeof(InventoryDbContext), typeof(Program).Assembly);

        Assert.False(context.Database.HasPendingModelChanges(), "InventoryDbContext's model has changes no migration covers: add one with dotnet ef migrations add (see the README).");
    }

    // The options AddModuleDatabase gives the context (its history in its schema, Rampart's conventions), on this test's database.
    private InventoryDbContext CreateContext() => new(new DbContextOptionsBuilder<InventoryDbContext>()
        .UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsHistoryTable(ModuleDatabase.HistoryTable, InventoryDbContext.Schema))
        .UseRampartData(new ServiceCollection().BuildServiceProvider())
        .Options);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
