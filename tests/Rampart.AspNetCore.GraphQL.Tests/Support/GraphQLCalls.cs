using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.AspNetCore.GraphQL.Tests.Support;

/// <summary>GraphQL requests as a client sends them, and their responses read back.</summary>
public static class GraphQLCalls
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static HttpRequestMessage Post(string query, object? variables = null, string accept = GraphQLResponse, string? operationName = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return request;
    }

    public static HttpRequestMessage Get(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(GraphQLResponse));
        return request;
    }

    public static HttpRequestMessage As(this HttpRequestMessage request, string user, string? roles = null)
    {
        request.Headers.Add("X-User", user);
        if (roles is not null)
        {
            request.Headers.Add("X-Roles", roles);
        }

        return request;
    }

    public static async Task<(HttpResponseMessage Response, JsonObject Body)> ExchangeAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (response, JsonNode.Parse(text) as JsonObject ?? throw new JsonException("The response is not a JSON object: " + text));
        }
    }

    /// <summary>The <c>extensions.code</c> of the only error of <paramref name="body"/>.</summary>
    public static string? OnlyErrorCode(this JsonObject body) =>
        Assert.Single(body["errors"]!.AsArray())!["extensions"]?["code"]?.GetValue<string>();
}
