using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.GraphQL.Http;

/// <summary>
/// The user context of one GraphQL request served by the endpoint: the HTTP request, and what its resolvers share
/// (authorization decisions, batch loaders). Safe for resolvers running in parallel.
/// </summary>
internal sealed class GraphQLUserContext(HttpContext httpContext) : Dictionary<string, object?>(StringComparer.Ordinal)
{
    public HttpContext HttpContext { get; } = httpContext;

    public ConcurrentDictionary<string, bool> AuthorizationDecisions { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, object> Loaders { get; } = new(StringComparer.Ordinal);
}
