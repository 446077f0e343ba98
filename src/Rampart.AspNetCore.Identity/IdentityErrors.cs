using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity;

/// <summary>The errors the identity building block answers with; codes are stable.</summary>
public static class IdentityErrors
{
    /// <summary>No access token was sent (401).</summary>
    public static Error Unauthenticated { get; } = Error.Unauthorized("identity.unauthenticated", "Authentication is required: send an access token as 'Authorization: Bearer <token>'.");

    /// <summary>The access token is invalid or expired (401).</summary>
    public static Error InvalidAccessToken { get; } = Error.Unauthorized("identity.invalid_token", "The access token is invalid or expired.");

    /// <summary>The caller lacks the role the route needs (403).</summary>
    public static Error Forbidden { get; } = Error.Forbidden("identity.forbidden", "You are not allowed to do this.");

    /// <summary>Wrong e-mail or password; the same for both (401).</summary>
    public static Error InvalidCredentials { get; } = Error.Unauthorized("identity.invalid_credentials", "The e-mail or password is wrong.");

    /// <summary>The refresh token is unknown, expired, spent or revoked (401).</summary>
    public static Error InvalidRefreshToken { get; } = Error.Unauthorized("identity.invalid_refresh_token", "The refresh token is invalid, expired or revoked. Sign in again.");

    /// <summary>The e-mail is registered already (409).</summary>
    public static Error EmailTaken { get; } = Error.Conflict("identity.email_taken", "An account with this e-mail exists already.");

    /// <summary>Too many failed logins (429); the throttle sets <see cref="Error.RetryAfter"/>, sent as <c>Retry-After</c>.</summary>
    public static Error TooManyAttempts { get; } = new("identity.too_many_attempts", ErrorKind.TooManyRequests, "Too many failed sign-in attempts. Try again later.");
}
