using System.Security.Claims;

namespace Rampart.AspNetCore.Identity;

/// <summary>The outcome of validating an access token: a principal, or why it was refused.</summary>
internal sealed record AccessTokenValidation(ClaimsPrincipal? Principal, string? Failure)
{
    public bool Succeeded => Principal is not null;

    public static AccessTokenValidation Fail(string reason) => new(null, reason);
}
