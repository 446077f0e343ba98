using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.GraphQL.Errors;

namespace Rampart.AspNetCore.GraphQL.Http;

/// <summary>Reads a GraphQL-over-HTTP request: a JSON body on POST, the query string on GET.</summary>
internal static class GraphQLRequestReader
{
    public static async Task<(GraphQLRequest? Request, RampartExecutionError? Error)> ReadAsync(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        try
        {
            var request = HttpMethods.IsGet(http.Method)
                ? FromQueryString(http.Query, serializer)
                : await serializer.ReadAsync<GraphQLRequest>(http.Body, http.HttpContext.RequestAborted);
            return request is { Query: { Length: > 0 } }
                ? (request, null)
                : (null, Invalid("The request has no query: send {\"query\": \"...\"} (or ?query=... on GET)."));
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, Invalid("The request is not a GraphQL request: a JSON object with query, and optionally operationName, variables (an object) and extensions (an object)."));
        }
    }

    private static GraphQLRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer) => new()
    {
        Query = Single(query, "query"),
        OperationName = Single(query, "operationName"),
        Variables = Single(query, "variables") is { Length: > 0 } variables ? serializer.Deserialize<Inputs>(variables) : null,
        Extensions = Single(query, "extensions") is { Length: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
    };

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values)
            ? values.Count == 1 ? values[0] : throw new FormatException($"{name} is given more than once.")
            : null;

    private static RampartExecutionError Invalid(string detail) =>
        new(new Error(GraphQLErrorCodes.InvalidRequest, ErrorKind.Validation, detail));
}
