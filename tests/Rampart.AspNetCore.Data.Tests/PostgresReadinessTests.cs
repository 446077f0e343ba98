using System.Net;
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

    private static async Task<HttpStatusCode> StatusAsync(ShopHost host)
    {
        using var response = await host.Client.GetAsync("/health/ready");
        return response.StatusCode;
    }
}
