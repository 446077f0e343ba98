namespace Rampart.AspNetCore.Errors;

/// <summary>
/// What kind of failure an <see cref="Error"/> is. Use cases speak in kinds; the HTTP edge maps each kind
/// to one status code in one place, so the domain never knows about HTTP.
/// </summary>
public enum ErrorKind
{
    /// <summary>The input breaks a rule (400).</summary>
    Validation,

    /// <summary>The caller is not authenticated (401).</summary>
    Unauthorized,

    /// <summary>The caller is authenticated but may not do this (403).</summary>
    Forbidden,

    /// <summary>The resource does not exist, or the caller may not know it exists (404).</summary>
    NotFound,

    /// <summary>The request conflicts with the current state: a duplicate, an invalid state transition (409).</summary>
    Conflict,

    /// <summary>The representation the caller based its change on is stale (412).</summary>
    PreconditionFailed,

    /// <summary>A conditional header the operation needs is missing (428).</summary>
    PreconditionRequired,

    /// <summary>The request is well-formed but cannot be processed as sent (422).</summary>
    Unprocessable,

    /// <summary>The caller has sent too many requests (429).</summary>
    TooManyRequests,

    /// <summary>A dependency is unavailable; retrying later may succeed (503).</summary>
    Unavailable,

    /// <summary>An unexpected failure (500). Its detail is never shown outside Development.</summary>
    Unexpected,
}
