namespace Skeleton.Domain.Common;

/// <summary>
/// An expected failure: a stable machine-readable <see cref="Code"/> (<c>catalog.sku_taken</c>), its
/// <see cref="Kind"/> and a sentence for people. Returned, never thrown: every outcome of a domain method or a use case
/// is in its signature.
/// </summary>
public sealed record Error(string Code, ErrorKind Kind, string Detail)
{
    /// <summary>For <see cref="ErrorKind.Validation"/>: the messages per field (<c>items[1].quantity</c>).</summary>
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    public static Error Validation(string code, string detail, IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new(code, ErrorKind.Validation, detail) { FieldErrors = fieldErrors };

    public static Error Forbidden(string code, string detail) => new(code, ErrorKind.Forbidden, detail);

    public static Error NotFound(string code, string detail) => new(code, ErrorKind.NotFound, detail);

    public static Error Conflict(string code, string detail) => new(code, ErrorKind.Conflict, detail);

    public static Error PreconditionFailed(string code, string detail) => new(code, ErrorKind.PreconditionFailed, detail);
}
