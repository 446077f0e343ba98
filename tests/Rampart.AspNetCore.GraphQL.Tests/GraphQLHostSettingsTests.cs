using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Rampart.AspNetCore.GraphQL.Diagnostics;
using Rampart.AspNetCore.GraphQL.Tests.Support;
using static Rampart.AspNetCore.GraphQL.Tests.Support.GraphQLCalls;

namespace Rampart.AspNetCore.GraphQL.Tests;

/// <summary>Behaviour that depends on the environment or on settings: each test starts the host it needs.</summary>
public sealed class GraphQLHostSettingsTests
{
    [Fact]
    public async Task Introspection_EnabledByConfiguration_ServesSchemaAndSdl()
    {
        await using var host = await GraphQLHost.StartAsync(settings: new Dictionary<string, string?> { ["Rampart:GraphQL:Introspection"] = "true" });
        using var client = host.CreateClient();

        var (_, body) = await client.ExchangeAsync(Post("{ __schema { queryType { name } } }"));
        var sdl = await client.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        Assert.Equal("TestQuery", body["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains("type TestQuery", sdl, StringComparison.Ordinal);
        Assert.Contains("widgets(", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_IntrospectionOnAndPageServed()
    {
        await using var host = await GraphQLHost.StartAsync(environment: "Development");
        using var client = host.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("text/html"));

        var (_, body) = await client.ExchangeAsync(Post("{ __type(name: \"Widget\") { name } }"));
        using var response = await client.SendAsync(page);

        Assert.Equal("Widget", body["data"]!["__type"]!["name"]!.GetValue<string>());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("schema.graphql", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_FromConfiguration_Apply()
    {
        await using var host = await GraphQLHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Rampart:GraphQL:MaxDepth"] = "2",
            ["Rampart:GraphQL:MaxQueryBytes"] = "100",
        });
        using var client = host.CreateClient();

        var (_, shallow) = await client.ExchangeAsync(Post("{ tree { name } }"));
        var (_, deep) = await client.ExchangeAsync(Post("{ tree { children { name } } }"));
        var (_, large) = await client.ExchangeAsync(Post("{ ping }" + new string(' ', 100)));

        Assert.Equal("root", shallow["data"]!["tree"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("graphql.depth_exceeded", deep.OnlyErrorCode());
        Assert.Equal("graphql.query_too_large", large.OnlyErrorCode());
    }

    [Fact]
    public async Task Limits_InvalidSetting_StopsStartup()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => GraphQLHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Rampart:GraphQL:MaxPageSize"] = "0" }));

        Assert.Contains("Rampart:GraphQL:MaxPageSize", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_AppliesToTheEndpoint()
    {
        await using var host = await GraphQLHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Rampart:RateLimiting:Anonymous:PermitLimit"] = "2",
            ["Rampart:RateLimiting:Anonymous:Window"] = "00:10:00",
        });
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = Post("{ ping }");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task DataLoader_NestedLists_FetchOneBatchPerLevel()
    {
        await using var host = await GraphQLHost.StartAsync();
        using var client = host.CreateClient();
        using var spans = new SpanRecorder();

        var (_, body) = await client.ExchangeAsync(Post("query Family { parents(count: 5) { id children { id toy { name } } } }"));

        var parents = body["data"]!["parents"]!.AsArray();
        Assert.Equal(5, parents.Count);
        Assert.All(parents, parent => Assert.Equal(2, parent!["children"]!.AsArray().Count));
        Assert.Equal("toy 1", parents[0]!["children"]![0]!["toy"]!["name"]!.GetValue<string>());
        Assert.Null(parents[1]!["children"]![0]!["toy"]);
        var fetches = host.Fetches.Snapshot();
        Assert.Equal(["children", "toys"], fetches.Select(f => f.Loader));
        Assert.Equal([1, 2, 3, 4, 5], fetches[0].Keys);
        Assert.Equal([0, 1, 2], fetches[1].Keys.Order());
        var names = spans.Names();
        Assert.Contains("query Family", names);
        Assert.Equal(1, names.Count(n => n == "dataloader children"));
        Assert.Equal(1, names.Count(n => n == "dataloader toys"));
    }

    [Fact]
    public async Task Operation_Span_IsNamedByTheOperationNeverItsText()
    {
        await using var host = await GraphQLHost.StartAsync();
        using var client = host.CreateClient();
        using var spans = new SpanRecorder();

        await client.ExchangeAsync(Post("query SecretLookup { widgetName(id: \"1\") }"));

        var operation = Assert.Single(spans.Activities(), a => a.DisplayName == "query SecretLookup");
        Assert.Equal("SecretLookup", operation.GetTagItem("graphql.operation.name"));
        Assert.DoesNotContain(operation.TagObjects, tag => tag.Value?.ToString()?.Contains("widgetName", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Connection_FirstAboveMaxPageSize_IsInvalidLimit()
    {
        await using var host = await GraphQLHost.StartAsync(settings: new Dictionary<string, string?> { ["Rampart:GraphQL:MaxPageSize"] = "10" });
        using var client = host.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ widgets(first: 11) { edges { cursor } } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pagination.invalid_limit", body.OnlyErrorCode());
        Assert.NotNull(body["errors"]![0]!["extensions"]!["errors"]!["first"]);
    }

    [Fact]
    public async Task Connection_ForgedAfter_IsInvalidCursor()
    {
        await using var host = await GraphQLHost.StartAsync();
        using var client = host.CreateClient();

        var (_, body) = await client.ExchangeAsync(Post("{ widgets(first: 2, after: \"eyJzIjoiaWQ6ZGVzYyJ9.AAAA\") { edges { cursor } } }"));

        Assert.Equal("pagination.invalid_cursor", body.OnlyErrorCode());
        Assert.NotNull(body["errors"]![0]!["extensions"]!["errors"]!["after"]);
    }

    /// <summary>Records the GraphQL block's spans started on this test's async flow.</summary>
    private sealed class SpanRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly List<Activity> _stopped = [];
        private readonly Lock _lock = new();

        public SpanRecorder()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == GraphQLDiagnostics.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    lock (_lock)
                    {
                        _stopped.Add(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyList<Activity> Activities()
        {
            lock (_lock)
            {
                return [.. _stopped];
            }
        }

        public IReadOnlyList<string> Names() => [.. Activities().Select(a => a.DisplayName)];

        public void Dispose() => _listener.Dispose();
    }
}
