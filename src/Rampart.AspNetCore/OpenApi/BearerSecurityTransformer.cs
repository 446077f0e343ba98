using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Rampart.AspNetCore.OpenApi;

/// <summary>
/// States every operation's access in the document. An operation whose endpoint requires authorization carries the
/// <c>Bearer</c> security scheme (an HTTP bearer JWT) with the roles its policy requires (OpenAPI 3.1 lets a non-OAuth
/// requirement list roles), its 401 and, when roles or other requirements apply, 403 problem responses, and an
/// "Access" line in its description; an open one carries the empty requirement (<c>security: [{}]</c>), which says "no
/// credentials needed" rather than leaving it unsaid. The scheme is declared when any operation uses it.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Security ??= [];
        var policy = metadata.OfType<IAllowAnonymous>().Any() ? null : await PolicyOfAsync(metadata, context.ApplicationServices);
        if (policy is null)
        {
            operation.Security.Add(new OpenApiSecurityRequirement());
            OperationText.AppendLine(operation, "Access", "anyone; no credentials needed.");
            return;
        }

        var requirements = policy.Requirements;
        var roles = requirements.OfType<RolesAuthorizationRequirement>()
            .SelectMany(r => r.AllowedRoles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var beyondSignIn = requirements.Any(r => r is not DenyAnonymousAuthorizationRequirement);
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = roles });

        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Responses ??= [];
        ProblemResponses.Add(operation.Responses, StatusCodes.Status401Unauthorized, "No valid access token was sent.", problem);
        if (beyondSignIn)
        {
            ProblemResponses.Add(operation.Responses, StatusCodes.Status403Forbidden, "The caller is signed in but may not do this.", problem);
        }

        var who = roles.Count switch
        {
            0 when beyondSignIn => "a signed-in caller that meets the endpoint's policy",
            0 => "any signed-in caller",
            1 => $"a signed-in caller with the {roles[0]} role",
            _ => $"a signed-in caller with one of the roles {string.Join(", ", roles)}",
        };
        OperationText.AppendLine(operation, "Access", $"{who} (Bearer access token); 401 without a valid token{(beyondSignIn ? ", 403 otherwise" : string.Empty)}.");
    }

    // The policy the authorization middleware applies: the endpoint's own (attributes, policy names, policy objects)
    // or, when it names none, the fallback policy if the service set one.
    private static async Task<AuthorizationPolicy?> PolicyOfAsync(IList<object> metadata, IServiceProvider services)
    {
        var authorizeData = metadata.OfType<IAuthorizeData>().ToList();
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        if (services.GetService<IAuthorizationPolicyProvider>() is not { } provider)
        {
            return authorizeData.Count > 0 || policies.Count > 0 ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build() : null;
        }

        return authorizeData.Count > 0 || policies.Count > 0
            ? await AuthorizationPolicy.CombineAsync(provider, authorizeData, policies)
            : await provider.GetFallbackPolicyAsync();
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var secured = document.Paths.Values.Any(path => path.Operations?.Values.Any(operation => operation.Security?.Any(r => r.Count > 0) == true) == true);
        if (secured)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the token endpoint, sent as Authorization: Bearer <token>. An operation's requirement lists the roles it needs, if any.",
            };
        }

        return Task.CompletedTask;
    }
}
