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

/// <summary>The service started against a database that accepts connections and never answers, like a hung server.</summary>
public sealed class HungDatabaseApp : IAsyncLifetime, IDisposable
{
    private readonly TcpListener _blackHole = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _held = [];
    private readonly CancellationTokenSource _stop = new();

    public ShopApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        _blackHole.Start();
        _ = AcceptForeverAsync();
        var port = ((IPEndPoint)_blackHole.LocalEndpoint).Port;
        // The service's own connection timeout is two minutes; readiness must answer long before.
        App.Settings["ConnectionStrings:Database"] = $"Host=127.0.0.1;Port={port};Username=app;Password=app;Timeout=120";
        App.Settings["Rampart:Migrations:ApplyOnStartup"] = "false";
        App.Settings["Identity:SeedAdminOnStart"] = "false";
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _blackHole.Stop();
        _held.ForEach(socket => socket.Dispose());
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    public void Dispose()
    {
        _blackHole.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                _held.Add(await _blackHole.AcceptSocketAsync(_stop.Token));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped with the fixture.
        }
    }
}

public sealed class HungDatabaseReadinessTests(HungDatabaseApp hung) : IClassFixture<HungDatabaseApp>
{
    [Fact]
    public async Task Ready_DatabaseHangs_Answers503NamingTheDatabaseCheck()
    {
        using var client = hung.App.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("postgres").GetString());
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

#if RAMPART_EXAMPLE_SHOP
    [Fact]
    public async Task Products_DatabaseUnreachable_AnswersAProblemNot500()
    {
        using var client = unreachable.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/products", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
#endif
}
