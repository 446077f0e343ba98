using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the identity routes in one line.</summary>
public static class IdentityEndpointRouteBuilderExtensions
{
    /// <summary>The path of the JSON Web Key Set.</summary>
    public const string JwksPath = "/.well-known/jwks.json";

    /// <summary>
    /// Maps <c>register</c>, <c>token</c>, <c>refresh</c> and <c>logout</c> under <paramref name="prefix"/>, and the JWKS at
    /// <see cref="JwksPath"/>. Returns the route group for further conventions (rate limiting, tags).
    /// </summary>
    public static RouteGroupBuilder MapRampartIdentityEndpoints(this IEndpointRouteBuilder endpoints, string prefix = "/api/v1/auth")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapRampartJwks();

        var group = endpoints.MapGroup(prefix).WithTags("Identity");
        group.MapPost("/register", IdentityEndpoints.RegisterAsync)
            .AllowAnonymous()
            .WithSummary("Register a customer account.")
            .Produces<DataEnvelope<RegisteredUser>>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/token", IdentityEndpoints.TokenAsync)
            .AllowAnonymous()
            .WithSummary("Exchange e-mail and password for an access token and a refresh token.")
            .Produces<DataEnvelope<TokenPair>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/refresh", IdentityEndpoints.RefreshAsync)
            .AllowAnonymous()
            .WithSummary("Exchange a refresh token for a new pair; the presented token is spent.")
            .Produces<DataEnvelope<TokenPair>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/logout", IdentityEndpoints.LogoutAsync)
            .RequireAuthorization()
            .WithSummary("Revoke the refresh token's whole family.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    /// <summary>Maps the JSON Web Key Set (public keys only) at <see cref="JwksPath"/>.</summary>
    public static RouteHandlerBuilder MapRampartJwks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(JwksPath, (SigningKeyRing keys, HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=300";
                return TypedResults.Json(JsonWebKeySet.Create(keys), JsonWebKeySet.SerializerOptions, "application/jwk-set+json");
            })
            .AllowAnonymous()
            .WithTags("Identity")
            .WithSummary("The public keys that verify access tokens (JWK Set).")
            .Produces(StatusCodes.Status200OK, contentType: "application/jwk-set+json");
    }
}
