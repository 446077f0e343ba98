using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Configures the framework's JWT bearer handlers from <see cref="RampartIdentityOptions"/>: the local scheme trusts
/// only ES256 tokens of our issuer signed by a key of the ring, chosen by <c>kid</c>; the external scheme trusts the
/// authority's issuer and keys from its discovery document, with asymmetric algorithms only. Both check audience and
/// lifetime with the configured skew against the injected <see cref="TimeProvider"/>, keep claim names as issued, and
/// answer through <see cref="RampartBearerEvents"/>.
/// </summary>
internal sealed class BearerOptionsSetup(
    IOptions<RampartIdentityOptions> identity, IServiceProvider services, TimeProvider time, ILoggerFactory loggers)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    private static readonly string[] AsymmetricAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = identity.Value;
        var local = name == RampartAuthenticationDefaults.LocalScheme;
        if (!local && name != RampartAuthenticationDefaults.ExternalScheme)
        {
            return;
        }

        options.MapInboundClaims = false;
        options.TimeProvider = time;
        options.Events = new RampartBearerEvents(settings.QueryTokenPaths, loggers.CreateLogger("Rampart.AspNetCore.Identity.Bearer"));
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new RampartTokenHandler(
            local
                ? new TokenRules(RampartClaimTypes.Subject, RoleClaim: null, settings.AccessTokenLifetime, settings.ValidatedTokenCacheSize)
                : new TokenRules(settings.UserIdClaim, settings.RoleClaim, MaximumLifetime: null, settings.ValidatedTokenCacheSize),
            time));

        var parameters = options.TokenValidationParameters;
        parameters.ValidAudience = settings.Audience;
        parameters.ClockSkew = settings.ClockSkew;
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        parameters.TryAllIssuerSigningKeys = false;
        parameters.ValidTypes = ["JWT", "at+jwt"];
        parameters.NameClaimType = RampartClaimTypes.Email;
        parameters.RoleClaimType = RampartClaimTypes.Role;
        parameters.AuthenticationType = RampartAuthenticationDefaults.Scheme;
        parameters.LifetimeValidator = (notBefore, expires, _, validation) => TokenLifetime.IsValid(notBefore, expires, time.GetUtcNow(), validation.ClockSkew);
        if (local)
        {
            parameters.ValidIssuer = settings.Issuer;
            parameters.ValidAlgorithms = [Es256.Algorithm];
            parameters.IssuerSigningKeys = settings.IssueTokens ? services.GetRequiredService<SigningKeyRing>().SecurityKeys : [];
        }
        else if (settings.Authority is { } authority)
        {
            options.Authority = authority;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            parameters.ValidAlgorithms = AsymmetricAlgorithms;
        }
    }
}
