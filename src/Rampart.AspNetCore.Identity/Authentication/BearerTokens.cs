using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Identity;

/// <summary>Where a request carries its access token: the <c>Authorization: Bearer</c> header, or on a hub path the query.</summary>
internal static class BearerTokens
{
    private const string BearerPrefix = "Bearer ";
    private const string QueryParameter = "access_token";

    /// <summary>The token of <paramref name="request"/>, or null when it carries none.</summary>
    public static string? Read(HttpRequest request, IList<string> queryTokenPaths)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[BearerPrefix.Length..].Trim() is { Length: > 0 } token ? token : null;
        }

        return authorization.Length == 0 ? FromQuery(request, queryTokenPaths) : null;
    }

    /// <summary>The <c>access_token</c> query parameter, only on a hub path: browsers cannot set headers on WebSocket requests.</summary>
    public static string? FromQuery(HttpRequest request, IList<string> queryTokenPaths)
    {
        foreach (var path in queryTokenPaths)
        {
            if (request.Path.StartsWithSegments(path) && request.Query[QueryParameter].ToString() is { Length: > 0 } token)
            {
                return token;
            }
        }

        return null;
    }
}
