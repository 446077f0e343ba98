using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Turns the framework's validated identity into Rampart's: a UUID <c>sub</c>, <c>email</c> and one <c>role</c> claim
/// per role, whichever issuer signed the token, so policies, <see cref="ICurrentUser"/> and rate limits see one shape.
/// </summary>
internal static class TokenPrincipal
{
    public static (ClaimsIdentity? Identity, string? Failure) From(ClaimsIdentity validated, JsonWebToken token, TokenRules rules, DateTimeOffset now, TimeSpan skew)
    {
        if (rules.MaximumLifetime is { } lifetime && token.ValidTo > (now + lifetime + skew).UtcDateTime)
        {
            return (null, "lives longer than this service issues tokens for");
        }

        var subject = validated.FindFirst(rules.UserIdClaim)?.Value;
        if (!Guid.TryParse(subject, out var userId))
        {
            return (null, $"no UUID user id in claim '{rules.UserIdClaim}'");
        }

        var canonical = userId.ToString();
        if (rules.RoleClaim is null && rules.UserIdClaim == RampartClaimTypes.Subject && canonical == subject)
        {
            // Our own token, as we issue it: the framework's identity is already Rampart's.
            return (validated, null);
        }

        var identity = new ClaimsIdentity(validated.AuthenticationType, RampartClaimTypes.Email, RampartClaimTypes.Role);
        identity.AddClaim(new Claim(RampartClaimTypes.Subject, canonical));
        var roleClaim = rules.RoleClaim ?? RampartClaimTypes.Role;
        var roleRoot = roleClaim.Split('.')[0];
        foreach (var claim in validated.Claims)
        {
            if (claim.Type is not (RampartClaimTypes.Subject or RampartClaimTypes.Role) && claim.Type != rules.UserIdClaim && claim.Type != roleRoot)
            {
                identity.AddClaim(claim);
            }
        }

        foreach (var role in Roles(validated, roleClaim))
        {
            identity.AddClaim(new Claim(RampartClaimTypes.Role, role));
        }

        return (identity, null);
    }

    // A flat claim gives one value per claim (the framework splits a JSON array); a path such as realm_access.roles
    // walks into the JSON object the claim holds.
    private static IEnumerable<string> Roles(ClaimsIdentity validated, string roleClaim)
    {
        var path = roleClaim.Split('.');
        if (path.Length == 1)
        {
            return validated.FindAll(roleClaim).Select(claim => claim.Value);
        }

        if (validated.FindFirst(path[0])?.Value is not { } json)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var element = document.RootElement;
            foreach (var segment in path.AsSpan(1))
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element))
                {
                    return [];
                }
            }

            return element.ValueKind switch
            {
                JsonValueKind.String => [element.GetString()!],
                JsonValueKind.Array => [.. element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
                _ => [],
            };
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
