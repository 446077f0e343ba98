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

    private static async Task<HttpStatusCode> StatusAsync(ShopHost host)
    {
        using var response = await host.Client.GetAsync("/health/ready");
        return response.StatusCode;
    }
}
