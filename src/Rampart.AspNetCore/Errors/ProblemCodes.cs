namespace Rampart.AspNetCore.Errors;

/// <summary>The stable <c>code</c> values the edge itself puts on problems it raises.</summary>
public static class ProblemCodes
{
    /// <summary>Input broke a validation rule, or could not be read as the declared schema (400).</summary>
    public const string ValidationFailed = "validation.failed";

    /// <summary>The request was malformed in a way that is not about one field (400).</summary>
    public const string BadRequest = "http.bad_request";

    /// <summary>The caller is not authenticated (401).</summary>
    public const string Unauthorized = "http.unauthorized";

    /// <summary>The caller may not do this (403).</summary>
    public const string Forbidden = "http.forbidden";

    /// <summary>No endpoint matches the path (404).</summary>
    public const string NotFound = "http.not_found";

    /// <summary>The path exists but not for this method (405).</summary>
    public const string MethodNotAllowed = "http.method_not_allowed";

    /// <summary>The request body is larger than the configured limit (413).</summary>
    public const string PayloadTooLarge = "http.payload_too_large";

    /// <summary>The request's path and query are longer than the configured limit (414).</summary>
    public const string UriTooLong = "http.uri_too_long";

    /// <summary>The request's headers are larger than the configured limit (431).</summary>
    public const string HeadersTooLarge = "http.headers_too_large";

    /// <summary>The request body's media type is not accepted (415).</summary>
    public const string UnsupportedMediaType = "http.unsupported_media_type";

    /// <summary>The caller has sent too many requests (429).</summary>
    public const string RateLimited = "http.rate_limited";

    /// <summary>An unexpected failure (500).</summary>
    public const string Unexpected = "error.unexpected";

    /// <summary>The service is not ready, for example because it is shutting down (503).</summary>
    public const string Unavailable = "http.unavailable";

    /// <summary>The code for a problem raised with <paramref name="status"/> that carries no code of its own.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => PayloadTooLarge,
        414 => UriTooLong,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        431 => HeadersTooLarge,
        503 => Unavailable,
        >= 500 => Unexpected,
        _ => $"http.status_{status}",
    };
}
