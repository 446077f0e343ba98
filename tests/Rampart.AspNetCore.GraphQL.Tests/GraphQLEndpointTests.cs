using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Rampart.AspNetCore.GraphQL.Tests.Support;
using static Rampart.AspNetCore.GraphQL.Tests.Support.GraphQLCalls;

namespace Rampart.AspNetCore.GraphQL.Tests;

/// <summary>GraphQL over HTTP on one shared host with the default settings (Production: introspection off).</summary>
public sealed class GraphQLEndpointTests(GraphQLEndpointTests.Host host) : IClassFixture<GraphQLEndpointTests.Host>
{
    [Fact]
    public async Task Post_Query_AnswersDataAsGraphQLResponseJson()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ ping }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("pong", body["data"]!["ping"]!.GetValue<string>());
        Assert.Null(body["errors"]);
    }

    [Fact]
    public async Task Post_ClientAcceptingOnlyJson_AnswersApplicationJson()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ ping }", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("pong", body["data"]!["ping"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_ClientAcceptingNeitherMediaType_Is406Problem()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ ping }", accept: "text/csv"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("http.status_406", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_BodyNotJson_Is415Problem()
    {
        using var client = host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ ping }", Encoding.UTF8, "application/graphql") };

        var (response, body) = await client.ExchangeAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("http.unsupported_media_type", body["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ ping }\", \"variables\": [1]}")]
    [InlineData("{\"operationName\": \"x\"}")]
    [InlineData("not json")]
    public async Task Post_MalformedRequest_Is400InvalidRequest(string json)
    {
        using var client = host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        var (response, body) = await client.ExchangeAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.invalid_request", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_SyntaxError_Is400SyntaxError()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ ping "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.syntax_error", body.OnlyErrorCode());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Post_UnknownField_Is400InvalidDocument()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ ping nope }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.invalid_document", body.OnlyErrorCode());
        Assert.Contains("nope", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownFieldAcceptingOnlyJson_Is200WithTheError()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ nope }", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("graphql.invalid_document", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_VariableOfWrongType_Is400InvalidVariables()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("query ($id: ID!) { widgetName(id: $id) }", new { id = new[] { 1, 2 } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.invalid_variables", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_OperationNameNotInTheDocument_Is400OperationNotFound()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("query A { ping } query B { ping }", operationName: "C"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.operation_not_found", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Get_Query_AnswersData()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Get("{ ping }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pong", body["data"]!["ping"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Mutation_Is405AllowingPost()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Get("mutation { rename(name: \"x\") }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("http.method_not_allowed", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_Mutation_Runs()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("mutation { rename(name: \"x\") }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("x", body["data"]!["rename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_NotFoundError_Is200WithNullFieldAndTheUseCaseCode()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ ping widgetName(id: 7) }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pong", body["data"]!["ping"]!.GetValue<string>());
        Assert.Null(body["data"]!["widgetName"]);
        Assert.Equal("widgets.not_found", body.OnlyErrorCode());
        Assert.Equal("widgetName", body["errors"]![0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_FailedValidation_CarriesTheCodeAndFieldErrors()
    {
        using var client = host.Server.CreateClient();

        var (_, body) = await client.ExchangeAsync(Post("{ greeting(name: \"\") }"));

        Assert.Equal("validation.failed", body.OnlyErrorCode());
        Assert.Equal("name is required.", body["errors"]![0]!["extensions"]!["errors"]!["name"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_UnexpectedException_IsGenericErrorWithTraceIdAndNoExceptionText()
    {
        using var client = host.Server.CreateClient();

        var (response, text) = await SendForTextAsync(client, Post("{ boom }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        var body = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        Assert.Equal("error.unexpected", body.OnlyErrorCode());
        Assert.Matches("^[0-9a-f]{32}$", body["errors"]![0]!["extensions"]!["traceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_ClassifiedException_CarriesTheCodeOfItsProblem()
    {
        using var client = host.Server.CreateClient();

        var (_, body) = await client.ExchangeAsync(Post("{ stale }"));

        Assert.Equal("concurrency.version_conflict", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_PolicyFieldAnonymous_IsUnauthenticated()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ ping secret }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pong", body["data"]!["ping"]!.GetValue<string>());
        Assert.Null(body["data"]!["secret"]);
        Assert.Equal("http.unauthorized", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_PolicyFieldWithoutTheRole_IsForbidden()
    {
        using var client = host.Server.CreateClient();

        var (_, body) = await client.ExchangeAsync(Post("{ secret }").As("ann", roles: "customer"));

        Assert.Equal("http.forbidden", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_PolicyFieldWithTheRole_IsServed()
    {
        using var client = host.Server.CreateClient();

        var (_, body) = await client.ExchangeAsync(Post("{ secret customerNote }").As("bob", roles: "admin"));

        Assert.Equal("s3cret", body["data"]!["secret"]!.GetValue<string>());
        Assert.Null(body["data"]!["customerNote"]);
        Assert.Equal("http.forbidden", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_TooDeep_Is400DepthExceeded()
    {
        using var client = host.Server.CreateClient();
        var query = "{ tree " + string.Concat(Enumerable.Repeat("{ children ", 11)) + "{ name }" + new string('}', 11) + " }";

        var (response, body) = await client.ExchangeAsync(Post(query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.depth_exceeded", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_TooComplex_Is400ComplexityExceeded()
    {
        using var client = host.Server.CreateClient();
        var fields = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"n{i}: tree {{ children {{ children {{ name }} }} }}"));

        var (response, body) = await client.ExchangeAsync(Post("{ " + fields + " }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.complexity_exceeded", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_QueryLongerThanTheLimit_Is400QueryTooLarge()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ ping }" + new string(' ', 16_384)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.query_too_large", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Post_IntrospectionOutsideDevelopment_IsRefused()
    {
        using var client = host.Server.CreateClient();

        var (response, body) = await client.ExchangeAsync(Post("{ __schema { queryType { name } } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("graphql.introspection_disabled", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Schema_IntrospectionOff_Is404()
    {
        using var client = host.Server.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Page_OutsideDevelopment_IsNotServed()
    {
        using var client = host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("text/html"));

        using var response = await client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<(HttpResponseMessage Response, string Text)> SendForTextAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await client.SendAsync(request);
            return (response, await response.Content.ReadAsStringAsync());
        }
    }

    public sealed class Host : IAsyncLifetime
    {
        public GraphQLHost Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await GraphQLHost.StartAsync();

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
