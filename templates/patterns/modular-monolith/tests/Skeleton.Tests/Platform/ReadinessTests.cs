using System.Net;
using System.Net.Sockets;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Platform;

/// <summary>The service started while PostgreSQL does not answer: alive, but not ready.</summary>
public sealed class UnreachableDatabaseApp : IAsyncLifetime
{
    public ShopApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.Settings["ConnectionStrings:Database"] = $"Host=127.0.0.1;Port={ClosedLoopbackPort()};Username=app;Password=app;Timeout=2";
        App.Settings["Rampart:Migrations:ApplyOnStartup"] = "false";
        App.Settings["Identity:SeedAdminOnStart"] = "false";
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class ReadinessTests(UnreachableDatabaseApp unreachable) : IClassFixture<UnreachableDatabaseApp>
{
    [Fact]
    public async Task Ready_DatabaseUnreachable_Returns503WhileLiveIs200()
    {
        using var client = unreachable.App.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Products_DatabaseUnreachable_AnswersAProblemNot500()
    {
        using var client = unreachable.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/products", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
