using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.GraphQL.Http;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps Rampart's GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <typeparamref name="TSchema"/> at <paramref name="pattern"/> per GraphQL over HTTP: <c>POST</c> with an
    /// <c>application/json</c> body, <c>GET</c> for queries only (a mutation on GET is a 405), answered as
    /// <c>application/graphql-response+json</c> (or <c>application/json</c> when that is all the client accepts); the SDL
    /// at <c>{pattern}/schema.graphql</c> when introspection is on; a GraphiQL-style page for browsers in Development.
    /// They are ordinary endpoints: the global rate limiter applies, and the returned builder takes
    /// <c>RequireAuthorization</c>, <c>RequireRateLimiting</c> or <c>RequireCors</c> like any route group. Register
    /// the schema with <c>services.AddRampartGraphQL&lt;TSchema&gt;()</c>.
    /// </summary>
    public static RouteGroupBuilder MapRampartGraphQL<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLEndpoint<TSchema>>();
        var development = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var path = pattern.TrimEnd('/');
        var group = endpoints.MapGroup(path);
        group.MapPost("/", endpoint.ServeAsync).WithDisplayName($"GraphQL POST {path}").ExcludeFromDescription();
        group.MapGet("/", http => development && GraphQLMediaTypes.WantsHtml(http.Request) && !http.Request.Query.ContainsKey("query")
                ? GraphiQLPage.WriteAsync(http, path)
                : endpoint.ServeAsync(http))
            .WithDisplayName($"GraphQL GET {path}")
            .ExcludeFromDescription();
        group.MapGet("/schema.graphql", endpoint.ServeSchemaAsync).WithDisplayName($"GraphQL schema {path}").ExcludeFromDescription();
        return group;
    }
}
