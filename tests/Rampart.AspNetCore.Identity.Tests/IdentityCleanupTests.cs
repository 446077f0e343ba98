using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class IdentityCleanupTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    [Fact]
    public async Task Cleanup_FamilyWhollyExpired_IsDeletedWhileALiveFamilyStays()
    {
        var expired = await _client.NewSessionAsync();
        fixture.Host.Time.Advance(TimeSpan.FromDays(10));
        var live = await _client.NewSessionAsync();
        fixture.Host.Time.Advance(TimeSpan.FromDays(5));

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityCleanup>().RunOnceAsync(CancellationToken.None);

        var store = scope.ServiceProvider.GetRequiredService<IIdentityStore>();
        Assert.Null(await store.FindRefreshTokenAsync(RefreshTokenValue.TryHash(expired.RefreshToken)!, CancellationToken.None));
        Assert.NotNull(await store.FindRefreshTokenAsync(RefreshTokenValue.TryHash(live.RefreshToken)!, CancellationToken.None));
    }

    [Fact]
    public async Task Cleanup_SpentTokensOfALiveFamily_AreKeptForReuseDetection()
    {
        var session = await _client.NewSessionAsync();
        fixture.Host.Time.Advance(TimeSpan.FromDays(13));
        (await _client.RefreshAsync(session.RefreshToken)).EnsureSuccessStatusCode();
        fixture.Host.Time.Advance(TimeSpan.FromDays(2));

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentityCleanup>().RunOnceAsync(CancellationToken.None);
        }

        var reuseEventsBefore = fixture.Host.Logs.Entries.Count(e => e.EventId.Id == 4001);
        using var reuse = await _client.RefreshAsync(session.RefreshToken);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal(reuseEventsBefore + 1, fixture.Host.Logs.Entries.Count(e => e.EventId.Id == 4001));
    }

    [Fact]
    public async Task CleanupWorker_IntervalPasses_DeletesStaleLoginCounters()
    {
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LoginThrottle>().RecordFailureAsync("STALE@SHOP.TEST", "192.0.2.50", CancellationToken.None);
        }

        var key = LoginThrottle.AccountKey("STALE@SHOP.TEST", "192.0.2.50");
        Assert.True(await CounterExistsAsync(key));

        fixture.Host.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        await Rampart.Testing.Eventually.UntilAsync(async () => !await CounterExistsAsync(key), "the cleanup worker deletes the stale counter", TimeSpan.FromSeconds(10));
    }

    private async Task<bool> CounterExistsAsync(string key)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityTestDbContext>().Set<LoginThrottleRecord>().AnyAsync(t => t.Key == key);
    }
}
