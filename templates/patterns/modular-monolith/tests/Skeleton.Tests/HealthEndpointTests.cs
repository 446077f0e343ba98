// The platform checks of the clean skeleton, which needs no database.
#if !RAMPART_EXAMPLE_SHOP
using System.Net;
using System.Net.Sockets;

namespace Skeleton.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_Always_Returns200()
    {
        await using var factory = await SkeletonFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_WithoutDependencies_Returns200()
    {
        await using var factory = await SkeletonFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_DatabaseUnreachable_Returns503()
    {
        var closedPort = ClosedLoopbackPort();
        await using var factory = (await SkeletonFactory.CreateAsync()).WithWebHostBuilder(host => host.UseSetting(
            "ConnectionStrings:Database", $"Host=127.0.0.1;Port={closedPort};Username=app;Password=app;Timeout=2"));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
#endif
