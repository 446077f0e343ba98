using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Picks the bearer scheme of a request by its token's (not yet validated) issuer: the service's own tokens go to the
/// local scheme, which knows only the ring's keys; anything else goes to the external authority's scheme, which knows
/// only the keys of its discovery document. So a key of one issuer can never vouch for a token of the other.
/// </summary>
internal static class BearerSchemeSelector
{
    public static string Select(HttpContext context, RampartIdentityOptions settings)
    {
        if (settings.Authority is null)
        {
            return RampartAuthenticationDefaults.LocalScheme;
        }

        if (!settings.IssueTokens)
        {
            return RampartAuthenticationDefaults.ExternalScheme;
        }

        var token = BearerTokens.Read(context.Request, settings.QueryTokenPaths);
        return token is null || IssuerOf(token) == settings.Issuer
            ? RampartAuthenticationDefaults.LocalScheme
            : RampartAuthenticationDefaults.ExternalScheme;
    }

    private static string? IssuerOf(string token)
    {
        if (token.Length > Es256.MaximumTokenLength)
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (Exception notAJwt) when (notAJwt is ArgumentException or SecurityTokenException or System.Text.Json.JsonException)
        {
            // Not a JWT at all: the local scheme refuses it with the usual 401.
            return null;
        }
    }
}
