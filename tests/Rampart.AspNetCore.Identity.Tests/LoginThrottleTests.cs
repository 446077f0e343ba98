using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class LoginThrottleTests(LoginThrottleTests.ThrottleFixture fixture) : IClassFixture<LoginThrottleTests.ThrottleFixture>
{
    private const string WrongPassword = "Not-The-Password-1";
    private readonly IdentityClient _client = fixture.Client;

    [Fact]
    public async Task Token_RepeatedFailures_LocksWith429AndRetryAfterEvenForTheRightPassword()
    {
        var email = await RegisterAsync();
        await FailAsync(email, times: 3);

        using var locked = await _client.TokenAsync(email);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), locked.Headers.RetryAfter?.Delta);
        Assert.Equal("identity.too_many_attempts", await IdentityClient.ReadCodeAsync(locked));
    }

    [Fact]
    public async Task Token_LockPassed_AcceptsTheRightPasswordAndClearsTheCounter()
    {
        var email = await RegisterAsync();
        await FailAsync(email, times: 3);
        fixture.Host.Time.Advance(TimeSpan.FromSeconds(31));

        using var released = await _client.TokenAsync(email);
        await FailAsync(email, times: 2);
        using var stillFree = await _client.TokenAsync(email);

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillFree.StatusCode);
    }

    [Fact]
    public async Task Token_FailuresAfterALock_DoubleTheLockUpToTheMaximum()
    {
        var email = await RegisterAsync();
        await FailAsync(email, times: 3);
        var observed = new List<TimeSpan?>();
        for (var round = 0; round < 4; round++)
        {
            using var locked = await _client.TokenAsync(email, WrongPassword);
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            observed.Add(locked.Headers.RetryAfter?.Delta);
            fixture.Host.Time.Advance(locked.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromSeconds(1));
            using var failed = await _client.TokenAsync(email, WrongPassword);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(120)], observed);
    }

    [Fact]
    public async Task Token_FailuresFromAnotherIp_DoNotLockTheUserOut()
    {
        var email = await RegisterAsync();
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var throttle = scope.ServiceProvider.GetRequiredService<LoginThrottle>();
            for (var i = 0; i < 10; i++)
            {
                await throttle.RecordFailureAsync(EmailAddress.Normalize(email), "203.0.113.9", CancellationToken.None);
            }

            Assert.NotNull(await throttle.GetRetryAfterAsync(EmailAddress.Normalize(email), "203.0.113.9", CancellationToken.None));
        }

        using var response = await _client.TokenAsync(email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Throttle_ManyAccountsFromOneIp_LocksTheIp()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var throttle = scope.ServiceProvider.GetRequiredService<LoginThrottle>();
        const string Ip = "198.51.100.7";

        for (var i = 0; i < 20; i++)
        {
            await throttle.RecordFailureAsync($"SPRAY-{i}@SHOP.TEST", Ip, CancellationToken.None);
        }

        Assert.NotNull(await throttle.GetRetryAfterAsync("FRESH@SHOP.TEST", Ip, CancellationToken.None));
        Assert.Null(await throttle.GetRetryAfterAsync("FRESH@SHOP.TEST", "198.51.100.8", CancellationToken.None));
    }

    [Fact]
    public async Task Throttle_ConcurrentFailures_AreAllCounted()
    {
        var store = fixture.Host.Services;
        var key = LoginThrottle.AccountKey("RACE@SHOP.TEST", "192.0.2.1");
        var now = fixture.Host.Time.GetUtcNow();

        var counts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var scope = store.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IIdentityStore>().RecordLoginFailureAsync(key, now, now.AddHours(-1), CancellationToken.None);
        }));

        Assert.Equal(Enumerable.Range(1, 20), counts.Order());
    }

    [Fact]
    public async Task Throttle_QuietLongerThanResetAfter_StartsCountingAgain()
    {
        var email = await RegisterAsync();
        await FailAsync(email, times: 2);
        fixture.Host.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        await FailAsync(email, times: 2);
        using var response = await _client.TokenAsync(email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> RegisterAsync()
    {
        var email = IdentityClient.NewEmail();
        (await _client.RegisterAsync(email)).EnsureSuccessStatusCode();
        return email;
    }

    private async Task FailAsync(string email, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var response = await _client.TokenAsync(email, WrongPassword);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    public sealed class ThrottleFixture : IdentityHostFixture
    {
        protected override void Configure(RampartIdentityOptions options)
        {
            options.LoginThrottle.FreeFailuresPerAccount = 3;
            // High enough that the HTTP tests of this class, all from 127.0.0.1, never lock the loopback IP together.
            options.LoginThrottle.FreeFailuresPerIp = 20;
            options.LoginThrottle.BaseLockout = TimeSpan.FromSeconds(30);
            options.LoginThrottle.MaximumLockout = TimeSpan.FromSeconds(120);
            options.LoginThrottle.ResetAfter = TimeSpan.FromHours(1);
        }
    }
}
