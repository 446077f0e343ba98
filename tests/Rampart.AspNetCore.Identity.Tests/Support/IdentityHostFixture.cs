using Rampart.Testing;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>One database and one running host per test class.</summary>
public class IdentityHostFixture : IAsyncLifetime
{
    private PostgresDatabase? _database;
    private IdentityTestHost? _host;

    public TestKey Key { get; } = new("key-1");

    public IdentityTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public PostgresDatabase Database => _database ?? throw new InvalidOperationException("The database does not exist.");

    public IdentityClient Client => new(Host.Client);

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _host = await IdentityTestHost.StartAsync(_database.ConnectionString, Key, Configure);
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

        Key.Dispose();
    }

    protected virtual void Configure(RampartIdentityOptions options)
    {
    }
}
