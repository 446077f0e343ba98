using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// The one mapping from an <see cref="Error"/> to RFC 9457 problem details, for returned results and for exceptions a
/// classifier recognises alike.
/// </summary>
public static class ErrorProblemDetails
{
    /// <summary>The extension member that carries <see cref="Error.Code"/>.</summary>
    public const string CodeExtension = "code";

    /// <summary>The extension member that carries field errors.</summary>
    public const string ErrorsExtension = "errors";

    /// <summary>
    /// The extension member that carries <see cref="Error.RetryAfter"/> in whole seconds; the edge copies it into the
    /// <c>Retry-After</c> header.
    /// </summary>
    public const string RetryAfterExtension = "retryAfter";

    /// <summary>Builds the problem details for <paramref name="error"/>; the edge adds <c>instance</c> and <c>traceId</c>.</summary>
    public static ProblemDetails Create(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = ErrorStatusCodes.For(error.Kind);
        var problem = error.FieldErrors is { Count: > 0 } fields
            ? new HttpValidationProblemDetails(fields.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = error.Title;
        problem.Detail = error.Detail;
        problem.Extensions[CodeExtension] = error.Code;
        if (error.RetryAfter is { } wait)
        {
            problem.Extensions[RetryAfterExtension] = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
        }

        return problem;
    }

    /// <summary>
    /// The endpoint result that answers <paramref name="error"/>: its problem details with the status of its kind.
    /// Typed, so an endpoint can declare it: <c>Task&lt;Results&lt;Ok&lt;DataEnvelope&lt;T&gt;&gt;, ProblemHttpResult&gt;&gt;</c>.
    /// </summary>
    public static ProblemHttpResult ToProblemResult(this Error error) => TypedResults.Problem(Create(error));
}
