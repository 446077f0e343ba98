namespace Skeleton.Api.Identity;

/// <summary>
/// Accounts and tokens from Rampart's identity building block: register, token, refresh with rotation, logout, under
/// <c>/api/v1/auth</c>, with the JSON Web Key Set at <c>/.well-known/jwks.json</c>. Its store is the infrastructure's
/// database; the first administrator comes from <c>Identity:AdminEmail</c> / <c>Identity:AdminPassword</c>.
/// </summary>
internal static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRampartIdentityEndpoints("/api/v1/auth").WithTags("Identity");
        return endpoints;
    }
}
