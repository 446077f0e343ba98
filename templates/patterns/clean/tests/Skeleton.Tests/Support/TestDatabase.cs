using Npgsql;
using Rampart.LocalServers;

namespace Skeleton.Tests.Support;

/// <summary>
/// A database of its own for one test class, created on the PostgreSQL server named by the <c>SKELETON_TEST_POSTGRES</c>
/// environment variable (an Npgsql connection string with the right to create databases) and dropped afterwards.
/// Without the variable, the tests start a private PostgreSQL from the system's binaries once per run (as rampart dev
/// does), shared by every test class and stopped when the run ends.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "SKELETON_TEST_POSTGRES";

    private readonly string _server;

    private TestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = await TestPostgres.ServerAsync(Variable);
        var name = "test_" + Guid.NewGuid().ToString("N")[..20];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new TestDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
