namespace Skeleton.Core.Common;

/// <summary>
/// A failure a use case reports: a stable <see cref="Code"/> (<c>module.reason</c>), a <see cref="Kind"/>, and a
/// <see cref="Detail"/> safe to show. The core's own type, so it needs no web framework; the HTTP adapter turns it into
/// problem details in one place.
/// </summary>
public sealed record CoreError(string Code, ErrorKind Kind, string Detail)
{
    /// <summary>Messages per field (by JSON path) of a <see cref="ErrorKind.Validation"/> error.</summary>
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    /// <summary>A validation error with messages per field.</summary>
    public static CoreError Validation(string code, string detail, IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new(code, ErrorKind.Validation, detail) { FieldErrors = fieldErrors };
}
