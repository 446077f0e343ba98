using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class IdempotencyExpiryTests : IAsyncLifetime
{
    private const string Key = "Idempotency-Key";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));
    private PostgresDatabase _database = null!;
    private ShopHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _host = await ShopHost.StartAsync(_database.ConnectionString, time: _clock, idempotency: o => o.LockTimeout = LockTimeout);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Post_AbandonedClaim_BlocksUntilLockTimeoutThenRuns()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Orphan", 3m, 1);
        await ClaimAsIfCrashedAsync(key, body);

        using var blocked = await _host.Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));
        _clock.Advance(LockTimeout + TimeSpan.FromSeconds(1));
        using var otherBody = await _host.Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body with { Name = "Other" }, (Key, key)));
        using var retried = await _host.Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));

        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Equal(IdempotencyErrors.InFlight, await blocked.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Null(retried.Header("Idempotent-Replayed"));
        Assert.Equal(1, _host.Probe.Runs);
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

    private async Task ClaimAsIfCrashedAsync(string key, CreateProduct body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/products";
        context.Request.Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web));
        var fingerprint = await IdempotencyRequest.FingerprintAsync(context.Request, CancellationToken.None);
        var now = _clock.GetUtcNow();
        var store = _host.Services.GetRequiredService<IIdempotencyStore>();
        var claim = await store.TryClaimAsync(
            new IdempotencyClaimRequest("anonymous", key, fingerprint, Guid.CreateVersion7(), now, now + LockTimeout, now + TimeSpan.FromHours(24)),
            CancellationToken.None);
        Assert.True(claim.IsClaimed);
    }

    private async Task<List<string>> StoredKeysAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.Set<IdempotencyRecord>().Select(r => r.Key).ToListAsync();
    }
}
