using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests.Host;

/// <summary>A database of its own per test class, migrated at start-up by the first host.</summary>
public sealed class ShopFixture : IAsyncLifetime
{
    private PostgresDatabase? _database;
    private ShopHost? _host;

    public PostgresDatabase Database => _database ?? throw new InvalidOperationException("Not started.");

    public ShopHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _host = await ShopHost.StartAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
