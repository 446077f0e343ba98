#if RAMPART_API_GRAPHQL
using System.Net;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.GraphQL;

/// <summary>The endpoint's own rules, on a service whose Rampart:GraphQL settings turn introspection on and depth down.</summary>
public sealed class GraphQLEndpointTests : IClassFixture<ShopApp>
{
    private readonly ShopApp _app;

    public GraphQLEndpointTests(ShopApp app)
    {
        app.Settings.TryAdd("Rampart:GraphQL:Introspection", "true");
        app.Settings.TryAdd("Rampart:GraphQL:MaxDepth", "3");
        _app = app;
    }

    [Fact]
    public async Task Schema_WithIntrospectionOn_ServesTheSdlOfEveryModule()
    {
        using var anonymous = _app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"{GraphQLClient.Path}/schema.graphql", UriKind.Relative));
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
        Assert.Contains("me: Caller", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Mutation_Is405WithAllowPost()
    {
        using var anonymous = _app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"{GraphQLClient.Path}?query={Uri.EscapeDataString("mutation { __typename }")}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_Query_IsServed()
    {
        using var anonymous = _app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"{GraphQLClient.Path}?query={Uri.EscapeDataString("{ __typename }")}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.ReadJsonAsync()).Data().GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Query_DeeperThanMaxDepth_IsRefusedWithDepthExceeded()
    {
        using var anonymous = _app.CreateClient();

        using var response = await anonymous.PostGraphQLAsync("{ __schema { types { fields { name } } } }");
        var result = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.depth_exceeded", result.ErrorCode());
    }
}
#endif
