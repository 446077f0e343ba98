using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// Declares the <c>Bearer</c> security scheme (an HTTP bearer JWT) and puts it on every operation whose endpoint requires
/// authorization, so clients and the docs page's "try it" know which calls take an access token.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
        var secured = false;
        foreach (var description in context.DescriptionGroups.SelectMany(group => group.Items))
        {
            var metadata = description.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any()
                || description.HttpMethod is not { } method
                || !document.Paths.TryGetValue("/" + description.RelativePath, out var path)
                || path.Operations?.GetValueOrDefault(HttpMethod.Parse(method)) is not { } operation)
            {
                continue;
            }

            operation.Security ??= [];
            operation.Security.Add(requirement);
            secured = true;
        }

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
