using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rampart.AspNetCore.Data.Mvc;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Concurrency;

/// <summary>
/// The version the caller based its change on, read from <c>If-Match: "&lt;version&gt;"</c>. Take it as an endpoint
/// parameter or a controller action parameter (its model binder applies the same rules): without the header the request ends in 428, with a malformed one in 400, with a weak tag
/// (<c>W/"3"</c>) in 412: If-Match uses the strong comparison, which a weak tag never passes.
/// </summary>
[ModelBinder(typeof(ExpectedVersionModelBinder))]
public sealed class ExpectedVersion
{
    /// <summary>Default error code of a stale version.</summary>
    public const string DefaultConflictCode = "concurrency.version_conflict";

    /// <summary>Error code when <c>If-Match</c> is missing.</summary>
    public const string RequiredCode = "concurrency.if_match_required";

    /// <summary>Error code when <c>If-Match</c> is not one version ETag.</summary>
    public const string InvalidCode = "concurrency.if_match_invalid";

    internal ExpectedVersion(long value, string conflictCode)
    {
        Value = value;
        ConflictCode = conflictCode;
    }

    /// <summary>The version from <c>If-Match</c>.</summary>
    public long Value { get; }

    /// <summary>The error code for a stale version on this endpoint.</summary>
    public string ConflictCode { get; }

    /// <summary>The 412 error for this endpoint.</summary>
    public Error Conflict() =>
        Error.PreconditionFailed(ConflictCode, "The resource changed since you read it; read it again and retry with its new ETag.");

    /// <summary>
    /// The version a caller named some other way than <c>If-Match</c> (a GraphQL mutation's <c>expectedVersion</c>
    /// argument), with the error code a stale one answers.
    /// </summary>
    public static ExpectedVersion Of(long value, string conflictCode = DefaultConflictCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(conflictCode);
        return new ExpectedVersion(value, conflictCode);
    }

    /// <summary>Reads and checks <c>If-Match</c>.</summary>
    public static ValueTask<ExpectedVersion?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<ExpectedVersion?>(Read(context));
    }

    /// <summary>
    /// Reads <c>If-Match</c> when the caller sent one, for a request where the precondition is optional (a delete
    /// that succeeds whatever the version unless the caller asks otherwise); null without the header. A malformed
    /// header is 400 and a weak tag 412, as for <see cref="BindAsync"/>.
    /// </summary>
    public static ExpectedVersion? ReadOptional(HttpContext context, string conflictCode = DefaultConflictCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.IfMatch;
        return header.Count == 0 || string.IsNullOrWhiteSpace(header[0]) ? null : Parse(header, conflictCode);
    }

    internal static ExpectedVersion Read(HttpContext context)
    {
        var code = context.GetEndpoint()?.Metadata.GetMetadata<IfMatchMetadata>()?.ConflictCode ?? DefaultConflictCode;
        var header = context.Request.Headers.IfMatch;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header[0]))
        {
            throw new RejectedRequestException(Error.PreconditionRequired(RequiredCode, "This update needs If-Match with the ETag you read."));
        }

        return Parse(header, code);
    }

    private static ExpectedVersion Parse(Microsoft.Extensions.Primitives.StringValues header, string code)
    {
        var value = header.Count == 1 ? header[0]!.Trim() : string.Empty;
        var weak = value.StartsWith("W/", StringComparison.Ordinal);
        if (weak)
        {
            value = value[2..];
        }

        if (value.Length < 3 || value[0] != '"' || value[^1] != '"'
            || !long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new RejectedRequestException(Error.Validation(InvalidCode, "If-Match", "If-Match must be one ETag of the form \"<version>\"."));
        }

        var expected = new ExpectedVersion(version, code);

        // RFC 9110 §13.1.1: If-Match compares strongly, and a weak tag never matches a strong one (ours are strong).
        return weak ? throw new RejectedRequestException(expected.Conflict()) : expected;
    }
}
