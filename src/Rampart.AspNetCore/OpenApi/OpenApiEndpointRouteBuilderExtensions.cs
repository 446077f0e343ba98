using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.OpenApi;
using Scalar.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the OpenAPI documents and their docs page.</summary>
public static class RampartOpenApiEndpointRouteBuilderExtensions
{
    /// <summary>The path of the version 1 OpenAPI document.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The path of the docs page.</summary>
    public const string DocsPath = "/docs";

    /// <summary>
    /// Maps <c>/openapi/{version}.json</c> for each registered document (<c>v1</c>, and <c>v2</c> once
    /// <c>AddRampartOpenApiDocument(2)</c> is called) and, at <c>/docs</c>, the Scalar API reference rendering them
    /// with a picker per version, with "try it" using the Bearer scheme. Scalar's script is served by the service
    /// itself and its web fonts are off, so the page loads nothing from the internet. Both are exempt from rate limiting.
    /// </summary>
    public static IEndpointRouteBuilder MapRampartOpenApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var documents = endpoints.ServiceProvider.GetService<OpenApiDocumentNames>()?.Names ?? [];
        endpoints.MapOpenApi("/openapi/{documentName}.json").DisableRateLimiting();
        endpoints.MapScalarApiReference(DocsPath, options =>
            {
                options
                    .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                    .AddPreferredSecuritySchemes(BearerSecurityTransformer.SchemeName)
                    .DisableDefaultFonts()
                    .DisableTelemetry();
                if (documents.Count > 1)
                {
                    options.AddDocuments(documents);
                }
            })
            .DisableRateLimiting();
        return endpoints;
    }
}
