using System.Net;
using Npgsql;
using Rampart.Testing;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class IdentityFaultTests
{
    [Fact]
    public async Task Token_DatabaseDownAndBack_AnswersAProblemThenRecovers()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = TcpFaultProxy.Start(direct.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = proxy.Port, Timeout = 3, CommandTimeout = 5 };
        using var key = new TestKey("fault-key");
        await using var host = await IdentityTestHost.StartAsync(throughProxy.ConnectionString, key);
        var client = new IdentityClient(host.Client);
        var email = IdentityClient.NewEmail();
        (await client.RegisterAsync(email)).EnsureSuccessStatusCode();

        proxy.Cut();
        using var down = await client.TokenAsync(email);

        Assert.True((int)down.StatusCode >= 500, $"expected a server-side problem, got {down.StatusCode}");
        Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Npgsql", await down.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        proxy.Restore();
        await Eventually.UntilAsync(async () =>
        {
            using var response = await client.TokenAsync(email);
            return response.StatusCode == HttpStatusCode.OK;
        }, "sign-in works again once the database is back", TimeSpan.FromSeconds(30));
    }
}
