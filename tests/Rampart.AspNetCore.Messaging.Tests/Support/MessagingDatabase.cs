using Microsoft.EntityFrameworkCore;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>A fresh database with the test schema applied through the migration helpers.</summary>
public sealed class MessagingDatabase : IAsyncDisposable
{
    private readonly PostgresDatabase _database;

    private MessagingDatabase(PostgresDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<MessagingDatabase> CreateAsync(string? serverConnectionString = null)
    {
        var database = new MessagingDatabase(await PostgresDatabase.CreateAsync(serverConnectionString));
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) => options.UseNpgsql(connectionString);

    public MessagingTestDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<MessagingTestDbContext>();
        Configure(options, ConnectionString);
        return new MessagingTestDbContext(options.Options);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
