using System.Security.Claims;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// The outcome of validating an access token: a principal and the instant from which the same token is refused
/// (its expiry plus the clock skew), or why it was refused.
/// </summary>
internal sealed record AccessTokenValidation(ClaimsPrincipal? Principal, string? Failure, DateTimeOffset ValidUntil = default)
{
    public bool Succeeded => Principal is not null;

    public static AccessTokenValidation Fail(string reason) => new(null, reason);
}
