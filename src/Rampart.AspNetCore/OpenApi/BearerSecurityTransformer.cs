using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Puts the <c>Bearer</c> security scheme (an HTTP bearer JWT) on every operation whose endpoint requires
/// authorization, and declares the scheme when any does, so clients and the docs page's "try it" know which calls take
/// an access token.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var secured = document.Paths.Values.Any(path => path.Operations?.Values.Any(operation => operation.Security is { Count: > 0 }) == true);
        if (secured)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the token endpoint, sent as Authorization: Bearer <token>.",
            };
        }

        return Task.CompletedTask;
    }
}
