using System.Net;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Platform;

/// <summary>The anonymous limit lowered to 3 per minute, on an app of its own.</summary>
public sealed class LimitedServiceApp : IAsyncLifetime
{
    public ServiceApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.Settings["Rampart:RateLimiting:Enabled"] = "true";
        App.Settings["Rampart:RateLimiting:Anonymous:PermitLimit"] = "3";
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}

public sealed class RateLimitTests(LimitedServiceApp limited) : IClassFixture<LimitedServiceApp>
{
    private readonly ServiceApp _app = limited.App;

    [Fact]
    public async Task Anonymous_OverTheLimit_Returns429WithRetryAfter()
    {
        using var client = _app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await client.GetAsync(new Uri("/api/v1/products", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
                break;
            }

            response.Dispose();
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using (limited)
        {
            Assert.True(limited!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            Assert.Equal("http.rate_limited", await limited.ReadProblemCodeAsync());
        }
    }
}

public sealed class ForgedTokenRateLimitTests(LimitedServiceApp limited) : IClassFixture<LimitedServiceApp>
{
    private readonly ServiceApp _app = limited.App;

    [Fact]
    public async Task ForgedTokens_OnAProtectedRoute_CountAgainstTheCallerUntil429()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/orders", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
