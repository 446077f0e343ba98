using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class PostgresReadinessTests
{
    [Fact]
    public async Task Ready_DatabaseStoppedThenStarted_Is503Then200()
    {
        await using var server = await PostgresInstance.StartAsync();
        await using var database = await PostgresDatabase.CreateAsync(server.ConnectionString);
        await using var host = await ShopHost.StartAsync(database.ConnectionString);
        using (var up = await host.Client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        }

        await server.StopAsync();
        await Eventually.UntilAsync(async () => await StatusAsync(host) == HttpStatusCode.ServiceUnavailable, "readiness reports the stopped database");
        await server.StartAgainAsync();
        await Eventually.UntilAsync(async () => await StatusAsync(host) == HttpStatusCode.OK, "readiness recovers with the database");

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host));
    }

    [Fact]
    public async Task Requests_DatabaseStopped_Are503ProblemsThenRecover()
    {
        await using var server = await PostgresInstance.StartAsync();
        await using var database = await PostgresDatabase.CreateAsync(server.ConnectionString);
        await using var host = await ShopHost.StartAsync(database.ConnectionString);
        var id = await host.Client.CreateProductAsync("DOWN-1");

        await server.StopAsync();
        using (var read = await host.Client.GetAsync($"/products/{id}"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
            Assert.Equal("data.unavailable", await read.ProblemCodeAsync());
        }

        using (var write = await host.Client.SendAsync(
            Http.Json(HttpMethod.Post, "/products", new CreateProduct("DOWN-2", "Item", 5m, 1), ("Idempotency-Key", "down-2"))))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
            Assert.Equal("data.unavailable", await write.ProblemCodeAsync());
        }

        await server.StartAgainAsync();
        await Eventually.UntilAsync(
            async () =>
            {
                using var again = await host.Client.GetAsync($"/products/{id}");
                return again.StatusCode == HttpStatusCode.OK;
            },
            "reads recover with the database");
    }

    [Fact]
    public async Task Ready_DatabaseAcceptsButNeverAnswers_Answers503WithinTheProbeTimeout()
    {
        // A hung server: the TCP connection opens, the PostgreSQL handshake never completes. The service's own
        // connection timeout (two minutes here) must not hold the probe.
        using var blackHole = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        blackHole.Start();
        var held = new List<System.Net.Sockets.Socket>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                held.Add(await blackHole.AcceptSocketAsync(stop.Token));
            }
        });
        var port = ((System.Net.IPEndPoint)blackHole.LocalEndpoint).Port;
        await using var host = await ShopHost.StartAsync($"Host=127.0.0.1;Port={port};Username=app;Password=app;Timeout=120;Pooling=false", migrateOnStartup: false);
        host.Client.Timeout = TimeSpan.FromSeconds(30);

        using var ready = await host.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => accepting);
        held.ForEach(socket => socket.Dispose());
    }

    [Fact]
    public async Task ConnectionStringCheck_WithoutADbContext_HealthyOnTheDatabaseUnhealthyOnAClosedPort()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHealthChecks()
            .AddRampartPostgres(database.ConnectionString, "up")
            .AddRampartPostgres($"Host=127.0.0.1;Port={port};Username=app;Password=app", "down", TimeSpan.FromSeconds(2));
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["up"].Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["down"].Status);
    }

    private static async Task<HttpStatusCode> StatusAsync(ShopHost host)
    {
        using var response = await host.Client.GetAsync("/health/ready");
        return response.StatusCode;
    }
}
