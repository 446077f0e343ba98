using Npgsql;

namespace Rampart.Testing;

/// <summary>A database of its own for one test or test class, created on the shared server and dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>Connection string to the database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database with a unique name on the shared server (or on <paramref name="serverConnectionString"/>).</summary>
    public static async Task<PostgresDatabase> CreateAsync(string? serverConnectionString = null, CancellationToken cancellationToken = default)
    {
        var admin = serverConnectionString ?? TestEnvironment.PostgresConnectionString;
        var name = "t_" + Guid.NewGuid().ToString("N")[..20];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new PostgresDatabase(admin, name, builder.ConnectionString);
    }

    /// <summary>Drops the database, closing any connection still open to it.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
