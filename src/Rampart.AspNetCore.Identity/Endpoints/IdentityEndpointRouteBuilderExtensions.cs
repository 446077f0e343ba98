using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Identity;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the identity routes in one line.</summary>
public static class IdentityEndpointRouteBuilderExtensions
{
    /// <summary>The path of the JSON Web Key Set.</summary>
    public const string JwksPath = "/.well-known/jwks.json";

    /// <summary>The path of the OpenID Connect discovery document.</summary>
    public const string DiscoveryPath = DiscoveryDocument.Path;

    /// <summary>
    /// Maps <c>register</c>, <c>token</c>, <c>refresh</c> and <c>logout</c> under <paramref name="prefix"/>, the JWKS at
    /// <see cref="JwksPath"/> and the discovery document at <see cref="DiscoveryPath"/>. When the service does not issue
    /// its own tokens (<c>Identity:IssueTokens</c> false: an external provider signs users in), maps none of them.
    /// Returns the route group for further conventions (rate limiting, tags).
    /// </summary>
    public static RouteGroupBuilder MapRampartIdentityEndpoints(this IEndpointRouteBuilder endpoints, string prefix = "/api/v1/auth")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix).WithTags("Identity");
        if (!IssuesTokens(endpoints))
        {
            return group;
        }

        endpoints.MapRampartJwks();
        endpoints.MapRampartDiscovery();
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
        byte[]? document = null;
        return endpoints.MapGet(JwksPath, (SigningKeyRing keys, HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=300";
                return TypedResults.Bytes(document ??= JsonWebKeySet.Create(keys), JsonWebKeySet.MediaType);
            })
            .AllowAnonymous()
            .WithTags("Identity")
            .WithSummary("The public keys that verify access tokens (JWK Set).")
            .Produces(StatusCodes.Status200OK, contentType: JsonWebKeySet.MediaType);
    }

    /// <summary>
    /// Maps the OpenID Connect discovery document at <see cref="DiscoveryPath"/>: the issuer and <c>jwks_uri</c>, so another
    /// service validates our tokens with its own <c>AddJwtBearer(o =&gt; o.Authority = "https://this-service")</c>.
    /// </summary>
    public static RouteHandlerBuilder MapRampartDiscovery(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(DiscoveryPath, (IOptions<RampartIdentityOptions> options, HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=300";
                return TypedResults.Bytes(DiscoveryDocument.Create(context.Request, options.Value.Issuer), "application/json");
            })
            .AllowAnonymous()
            .WithTags("Identity")
            .WithSummary("The OpenID Connect discovery document: the issuer and the JWKS address.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    // Read while mapping, before the host validates its settings at start: settings that do not validate stop the
    // start with their own message, so map as if tokens were issued.
    private static bool IssuesTokens(IEndpointRouteBuilder endpoints)
    {
        try
        {
            return endpoints.ServiceProvider.GetRequiredService<IOptions<RampartIdentityOptions>>().Value.IssueTokens;
        }
        catch (OptionsValidationException)
        {
            return true;
        }
    }
}
