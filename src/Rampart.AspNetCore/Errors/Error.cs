namespace Rampart.AspNetCore.Errors;

/// <summary>
/// A failure a use case reports: a stable machine-readable <see cref="Code"/> (for example
/// <c>catalog.product_not_found</c>), a <see cref="Kind"/> the edge maps to a status code, and a human
/// <see cref="Detail"/>. Rendered as RFC 9457 problem details by the edge.
/// </summary>
/// <param name="Code">Stable, machine-readable code: lower case, <c>module.reason</c>.</param>
/// <param name="Kind">What kind of failure this is.</param>
/// <param name="Detail">A human explanation of this occurrence; safe to show to the caller.</param>
public sealed record Error(string Code, ErrorKind Kind, string Detail)
{
    /// <summary>Field-level messages for <see cref="ErrorKind.Validation"/> errors, keyed by the field's JSON path.</summary>
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    /// <summary>Short human title; defaults to the title of the status code when null.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// For <see cref="ErrorKind.TooManyRequests"/> and <see cref="ErrorKind.Unavailable"/>: how long the caller should
    /// wait before trying again. The edge sends it as <c>Retry-After</c> in whole seconds. Defaults to null (no header).
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A validation error with messages per field.</summary>
    public static Error Validation(string code, string detail, IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new(code, ErrorKind.Validation, detail) { FieldErrors = fieldErrors };

    /// <summary>A validation error for one field.</summary>
    public static Error Validation(string code, string field, string message) =>
        Validation(code, message, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    /// <summary>The resource does not exist (or is not visible to the caller).</summary>
    public static Error NotFound(string code, string detail) => new(code, ErrorKind.NotFound, detail);

    /// <summary>The request conflicts with the current state.</summary>
    public static Error Conflict(string code, string detail) => new(code, ErrorKind.Conflict, detail);

    /// <summary>The caller may not do this.</summary>
    public static Error Forbidden(string code, string detail) => new(code, ErrorKind.Forbidden, detail);

    /// <summary>The caller is not authenticated, or its credentials are wrong.</summary>
    public static Error Unauthorized(string code, string detail) => new(code, ErrorKind.Unauthorized, detail);

    /// <summary>The caller's version of the resource is stale.</summary>
    public static Error PreconditionFailed(string code, string detail) => new(code, ErrorKind.PreconditionFailed, detail);

    /// <summary>A required conditional header is missing.</summary>
    public static Error PreconditionRequired(string code, string detail) => new(code, ErrorKind.PreconditionRequired, detail);

    /// <summary>The request is well-formed but cannot be processed.</summary>
    public static Error Unprocessable(string code, string detail) => new(code, ErrorKind.Unprocessable, detail);
}
