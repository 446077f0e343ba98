using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Rampart.AspNetCore.GraphQL.Http;

/// <summary>The response media types of GraphQL over HTTP, and which one a request accepts.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer <paramref name="request"/> with: <c>application/graphql-response+json</c> unless the
    /// client accepts only <c>application/json</c> (older clients); null when it accepts neither (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }

        string? chosen = null;
        double best = 0;
        foreach (var range in accept)
        {
            var quality = range.Quality ?? 1;
            var type = range.MediaType.Value;
            var candidate = Matches(type, GraphQLResponse) ? GraphQLResponse : Matches(type, Json) ? Json : null;
            if (candidate is not null && quality > 0 && (quality > best || (quality == best && candidate == GraphQLResponse)))
            {
                (chosen, best) = (candidate, quality);
            }
        }

        return chosen;
    }

    /// <summary>Whether the request body is JSON (<c>application/json</c>, any charset).</summary>
    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a browser is asking for a page (the development GraphiQL page).</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static bool Matches(string? range, string mediaType) =>
        range is not null
        && (range.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
            || range == "*/*"
            || (range.Equals("application/*", StringComparison.OrdinalIgnoreCase) && mediaType.StartsWith("application/", StringComparison.Ordinal)));
}
