#if RAMPART_API_GRAPHQL
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.GraphQL;

/// <summary>Sends GraphQL requests to <c>/graphql</c> and reads their results.</summary>
internal static class GraphQLClient
{
    public const string Path = "/graphql";

    /// <summary>POSTs the operation; the response is the caller's to dispose.</summary>
    public static async Task<HttpResponseMessage> PostGraphQLAsync(this HttpClient client, string query, object? variables = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>POSTs the operation and returns the whole result (<c>data</c> and <c>errors</c>).</summary>
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var response = await client.PostGraphQLAsync(query, variables, headers);
        return await response.ReadJsonAsync();
    }

    /// <summary>The result's <c>data</c>; asserts the operation had no error.</summary>
    public static JsonElement Data(this JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of the result's only error.</summary>
    public static string? ErrorCode(this JsonElement result) => result.SingleError().GetProperty("extensions").GetProperty("code").GetString();

    public static JsonElement SingleError(this JsonElement result)
    {
        Assert.True(result.TryGetProperty("errors", out var errors), result.ToString());
        return Assert.Single(errors.EnumerateArray());
    }
}
#endif
