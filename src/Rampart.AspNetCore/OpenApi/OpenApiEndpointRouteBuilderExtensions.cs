using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.OpenApi;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the OpenAPI document and its docs page.</summary>
public static class RampartOpenApiEndpointRouteBuilderExtensions
{
    /// <summary>The path of the OpenAPI document.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The path of the docs page.</summary>
    public const string DocsPath = "/docs";

    /// <summary>Maps <c>/openapi/v1.json</c> and <c>/docs</c>, a self-contained page rendering it. Both are exempt from rate limiting.</summary>
    public static IEndpointRouteBuilder MapRampartOpenApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi("/openapi/{documentName}.json").DisableRateLimiting();
        var html = DocsPage.Html(DocumentPath);
        endpoints.MapGet(DocsPath, () => Results.Content(html, "text/html; charset=utf-8"))
            .ExcludeFromDescription()
            .DisableRateLimiting();
        return endpoints;
    }
}
