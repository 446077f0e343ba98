using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using Rampart.AspNetCore.Resilience;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Resilience;

public sealed class OutboundResilienceTests
{
    private const string Client = "payments";

    [Fact]
    public async Task Get_503ThenOk_RetriedAndSucceeds()
    {
        var downstream = new StubDownstream().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.ServiceUnavailable);
        using var http = Create(downstream, Fast);

        using var response = await http.Client.GetAsync("https://payments.test/charges/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, downstream.Calls);
    }

    [Fact]
    public async Task Get_ConnectionFailureThenOk_Retried()
    {
        var downstream = new StubDownstream().ThenThrow(new HttpRequestException("connection refused"));
        using var http = Create(downstream, Fast);

        using var response = await http.Client.GetAsync("https://payments.test/charges/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, downstream.Calls);
    }

    [Fact]
    public async Task Get_400_ReturnedWithoutRetry()
    {
        var downstream = new StubDownstream().Then(HttpStatusCode.BadRequest);
        using var http = Create(downstream, Fast);

        using var response = await http.Client.GetAsync("https://payments.test/charges/1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, downstream.Calls);
    }

    [Fact]
    public async Task Post_503_NotRetriedUnlessKeyedOrOptedIn()
    {
        var plain = new StubDownstream().Then(HttpStatusCode.ServiceUnavailable);
        using (var http = Create(plain, Fast))
        {
            using var response = await http.Client.PostAsync("https://payments.test/charges", new StringContent("{}"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        var keyed = new StubDownstream().Then(HttpStatusCode.ServiceUnavailable);
        using (var http = Create(keyed, Fast))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://payments.test/charges") { Content = new StringContent("{}") };
            request.Headers.Add("Idempotency-Key", "charge-1");
            using var response = await http.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var optedIn = new StubDownstream().Then(HttpStatusCode.ServiceUnavailable);
        using (var http = Create(optedIn, o => { Fast(o); o.RetryNonIdempotentMethods = true; }))
        {
            using var response = await http.Client.PostAsync("https://payments.test/charges", new StringContent("{}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal([1, 2, 2], new[] { plain.Calls, keyed.Calls, optedIn.Calls });
    }

    [Fact]
    public async Task Get_429WithRetryAfter_WaitsExactlyThatLongThenRetries()
    {
        var clock = new ObservedTimeProvider();
        var downstream = new StubDownstream().Then(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));
        using var http = Create(downstream, o => o.MaxRetryAfter = TimeSpan.FromSeconds(20), clock);

        var call = http.Client.GetAsync("https://payments.test/charges/1");
        await Eventually.UntilAsync(() => clock.PendingDelays().Contains(TimeSpan.FromSeconds(7)), "the retry waits for the Retry-After delay");
        Assert.Equal(1, downstream.Calls);
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(1, downstream.Calls);
        clock.Advance(TimeSpan.FromSeconds(1));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, downstream.Calls);
    }

    [Fact]
    public async Task Get_RetryAfterBeyondLimit_ReturnedWithoutRetry()
    {
        var downstream = new StubDownstream().Then(HttpStatusCode.ServiceUnavailable, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)));
        using var http = Create(downstream, Fast);

        using var response = await http.Client.GetAsync("https://payments.test/charges/1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, downstream.Calls);
    }

    [Fact]
    public async Task Get_DownstreamHangs_AttemptTimeoutEnforced()
    {
        var clock = new ObservedTimeProvider();
        var downstream = new StubDownstream().ThenHang();
        using var http = Create(downstream, o =>
        {
            o.MaxRetryAttempts = 0;
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
        }, clock);

        var call = http.Client.GetAsync("https://payments.test/charges/1");
        await Eventually.UntilAsync(() => downstream.Calls == 1 && clock.PendingDelays().Contains(TimeSpan.FromSeconds(2)), "the attempt is in flight");
        clock.Advance(TimeSpan.FromSeconds(2));

        var timeout = await Assert.ThrowsAsync<TimeoutRejectedException>(() => call);
        Assert.Equal(TimeSpan.FromSeconds(2), timeout.Timeout);
    }

    [Fact]
    public async Task Get_FiveFailures_CircuitOpensFailsFastThenClosesAfterBreak()
    {
        var clock = new ObservedTimeProvider();
        var downstream = new StubDownstream { Otherwise = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError)) };
        using var http = Create(downstream, o => o.MaxRetryAttempts = 0, clock);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await http.Client.GetAsync("https://payments.test/charges/1");
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        var open = await Assert.ThrowsAsync<OutboundCircuitOpenException>(() => http.Client.GetAsync("https://payments.test/charges/1"));

        Assert.Equal(5, downstream.Calls);
        Assert.Equal(Client, open.ClientName);
        Assert.Equal(TimeSpan.FromSeconds(30), open.RetryAfter);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(30), open.MayCloseAt);
        Assert.Contains($"'{Client}'", open.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-01T00:00:30", open.Message, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromSeconds(29));
        await Assert.ThrowsAsync<OutboundCircuitOpenException>(() => http.Client.GetAsync("https://payments.test/charges/1"));
        Assert.Equal(5, downstream.Calls);

        clock.Advance(TimeSpan.FromSeconds(1));
        downstream.Otherwise = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        using var trial = await http.Client.GetAsync("https://payments.test/charges/1");
        using var after = await http.Client.GetAsync("https://payments.test/charges/1");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(7, downstream.Calls);
    }

    [Fact]
    public void Options_Invalid_RejectedNamingClientAndSetting()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(Client).AddRampartResilience(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMinutes(2);
            o.MaxRetryAttempts = -1;
            o.SamplingDuration = TimeSpan.FromSeconds(10);
        });
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<OutboundResilienceOptions>>().Get(Client));

        Assert.Contains(failure.Failures, f => f.Contains($"'{Client}'", StringComparison.Ordinal) && f.Contains("AttemptTimeout", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("MaxRetryAttempts", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("SamplingDuration", StringComparison.Ordinal) && f.Contains("twice AttemptTimeout", StringComparison.Ordinal));
    }

    private static void Fast(OutboundResilienceOptions options)
    {
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.RetryMaxDelay = TimeSpan.FromMilliseconds(5);
    }

    private static ResilientClient Create(StubDownstream downstream, Action<OutboundResilienceOptions> configure, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddHttpClient(Client).ConfigurePrimaryHttpMessageHandler(() => downstream).AddRampartResilience(configure);
        var provider = services.BuildServiceProvider();
        return new ResilientClient(provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(Client));
    }

    /// <summary>The client under test, with the service provider it came from.</summary>
    private sealed class ResilientClient(ServiceProvider provider, HttpClient client) : IDisposable
    {
        public HttpClient Client => client;

        public void Dispose()
        {
            client.Dispose();
            provider.Dispose();
        }
    }
}
