using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Rampart.AspNetCore.Errors;

/// <summary>Turns an <see cref="Error"/> into RFC 9457 problem details, the same way for results and exceptions.</summary>
public static class ErrorProblemDetails
{
    /// <summary>The extension member that carries <see cref="Error.Code"/>.</summary>
    public const string CodeExtension = "code";

    /// <summary>The extension member that carries field errors.</summary>
    public const string ErrorsExtension = "errors";

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
        return problem;
    }

    /// <summary>An endpoint result that renders <paramref name="error"/> as problem details.</summary>
    public static IResult ToProblemResult(this Error error)
    {
        var problem = Create(error);
        return TypedResults.Problem(problem);
    }
}
