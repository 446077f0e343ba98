using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.OpenApi;
using Scalar.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the OpenAPI document and its docs page.</summary>
public static class RampartOpenApiEndpointRouteBuilderExtensions
{
    /// <summary>The path of the OpenAPI document.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The path of the docs page.</summary>
    public const string DocsPath = "/docs";

    /// <summary>
    /// Maps <c>/openapi/v1.json</c> and, at <c>/docs</c>, the Scalar API reference rendering it, with "try it" using the
    /// Bearer scheme. Scalar's script is served by the service itself and its web fonts are off, so the page loads nothing
    /// from the internet. Both are exempt from rate limiting.
    /// </summary>
    public static IEndpointRouteBuilder MapRampartOpenApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi("/openapi/{documentName}.json").DisableRateLimiting();
        endpoints.MapScalarApiReference(DocsPath, options => options
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddPreferredSecuritySchemes(BearerSecurityTransformer.SchemeName)
                .DisableDefaultFonts()
                .DisableTelemetry())
            .DisableRateLimiting();
        return endpoints;
    }
}
