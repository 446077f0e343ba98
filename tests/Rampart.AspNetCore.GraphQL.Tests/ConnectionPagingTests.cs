using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.GraphQL.Tests.Schema;
using Rampart.AspNetCore.GraphQL.Tests.Support;
using Rampart.Testing;
using static Rampart.AspNetCore.GraphQL.Tests.Support.GraphQLCalls;

namespace Rampart.AspNetCore.GraphQL.Tests;

/// <summary>Relay connections over the cursor block, on a PostgreSQL database of the test's own.</summary>
public sealed class ConnectionPagingTests
{
    private const string Page = "query ($after: String) { widgets(first: 2, after: $after) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }";

    [Fact]
    public async Task Widgets_FirstAndAfter_WalkEveryRowOnceNewestFirst()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await GraphQLHost.StartAsync(widgetsConnectionString: database.ConnectionString);
        await SeedAsync(host, "a", "b", "c", "d", "e");

        using var client = host.CreateClient();
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        bool hasNext;
        do
        {
            var (_, body) = await client.ExchangeAsync(Post(Page, new { after }));
            var connection = body["data"]!["widgets"]!;
            var edges = connection["edges"]!.AsArray();
            seen.AddRange(edges.Select(edge => edge!["node"]!["name"]!.GetValue<string>()));
            Assert.All(edges, edge => Assert.False(string.IsNullOrEmpty(edge!["cursor"]?.GetValue<string>())));
            hasNext = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = connection["pageInfo"]!["endCursor"]?.GetValue<string>();
            Assert.Equal(edges[^1]!["cursor"]!.GetValue<string>(), after);
            pages++;
        }
        while (hasNext && pages < 10);

        Assert.Equal(["e", "d", "c", "b", "a"], seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Widgets_AfterAnEdgeCursor_ContinuesAfterThatEdge()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await GraphQLHost.StartAsync(widgetsConnectionString: database.ConnectionString);
        await SeedAsync(host, "a", "b", "c");

        using var client = host.CreateClient();
        var (_, first) = await client.ExchangeAsync(Post(Page, new { after = (string?)null }));
        var firstEdgeCursor = first["data"]!["widgets"]!["edges"]![0]!["cursor"]!.GetValue<string>();

        var (_, next) = await client.ExchangeAsync(Post(Page, new { after = firstEdgeCursor }));

        Assert.Equal(["b", "a"], next["data"]!["widgets"]!["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()));
        Assert.False(next["data"]!["widgets"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    // One save per widget: UUIDv7 ids then grow in insertion order, so newest first is the reverse of it.
    private static async Task SeedAsync(GraphQLHost host, params string[] names)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WidgetDbContext>();
        await db.Database.EnsureCreatedAsync();
        foreach (var name in names)
        {
            db.Widgets.Add(new Widget { Name = name });
            await db.SaveChangesAsync();
        }
    }
}
