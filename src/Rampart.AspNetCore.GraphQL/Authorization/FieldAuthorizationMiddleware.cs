using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.GraphQL.Errors;
using Rampart.AspNetCore.GraphQL.Http;

namespace Rampart.AspNetCore.GraphQL.Authorization;

/// <summary>
/// Enforces <c>AuthorizeWithPolicy</c>, <c>AuthorizeWithRoles</c> and <c>Authorize</c> on fields and object types with
/// the service's own <see cref="IAuthorizationService"/>, so a field needs exactly what the REST endpoint's
/// <c>RequireAuthorization(policy)</c> needs. A refused field resolves to <c>null</c> with <c>http.unauthorized</c> (no
/// valid caller) or <c>http.forbidden</c>; the rest of the response is still served. Each policy is evaluated once per
/// request, not once per list item.
/// </summary>
internal sealed class FieldAuthorizationMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await AuthorizeAsync(context, context.ParentType);
        await AuthorizeAsync(context, context.FieldDefinition);
        return await next(context);
    }

    private static async ValueTask AuthorizeAsync(IResolveFieldContext context, IMetadataReader protectedBy)
    {
        if (!protectedBy.IsAuthorizationRequired() || protectedBy.IsAnonymousAllowed())
        {
            return;
        }

        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new RampartExecutionError(Error.Unauthorized(ProblemCodes.Unauthorized, "Authentication is required."));
        }

        if (protectedBy.GetRoles() is { Count: > 0 } roles && !roles.Any(user.IsInRole))
        {
            throw Forbidden();
        }

        if (protectedBy.GetPolicies() is { Count: > 0 } policies)
        {
            var decisions = (context.UserContext as GraphQLUserContext)?.AuthorizationDecisions;
            var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
            foreach (var policy in policies)
            {
                if (decisions is null || !decisions.TryGetValue(policy, out var allowed))
                {
                    allowed = (await authorization.AuthorizeAsync(user, policy)).Succeeded;
                    decisions?.TryAdd(policy, allowed);
                }

                if (!allowed)
                {
                    throw Forbidden();
                }
            }
        }
    }

    private static RampartExecutionError Forbidden() => new(Error.Forbidden(ProblemCodes.Forbidden, "You may not do this."));
}
