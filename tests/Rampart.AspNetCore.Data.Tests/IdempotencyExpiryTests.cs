using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class IdempotencyExpiryTests : IAsyncLifetime
{
    private const string Key = "Idempotency-Key";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));
    private PostgresDatabase _database = null!;
    private ShopHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _host = await ShopHost.StartAsync(_database.ConnectionString, time: _clock);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Post_AfterRetention_KeyIsFreshAndCleanupDeletesExpired()
    {
        var key = Guid.NewGuid().ToString();
        using (var first = await _host.Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(Http.UniqueSku(), "Old", 1m, 1), (Key, key))))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        var stale = Guid.NewGuid().ToString();
        using (var old = await _host.Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(Http.UniqueSku(), "Stale", 1m, 1), (Key, stale))))
        {
            Assert.Equal(HttpStatusCode.Created, old.StatusCode);
        }

        _clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        using var reused = await _host.Client.SendAsync(Http.Json(HttpMethod.Post, "/products", new CreateProduct(Http.UniqueSku(), "New", 1m, 1), (Key, key)));
        await _host.Services.GetRequiredService<IdempotencyCleanupService>().CleanOnceAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
        Assert.Null(reused.Header("Idempotent-Replayed"));
        Assert.Equal([key], await StoredKeysAsync());
    }

    private async Task<List<string>> StoredKeysAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.Set<IdempotencyRecord>().Select(r => r.Key).ToListAsync();
    }
}
