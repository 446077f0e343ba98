using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Errors;
using Skeleton.Core.Common;
using CoreErrorKind = Skeleton.Core.Common.ErrorKind;

namespace Skeleton.Adapters.Http.Errors;

/// <summary>The one mapping from the core's errors to problem details (through Rampart's, so every field is the same).</summary>
internal static class CoreErrorResults
{
    public static ProblemHttpResult ToProblemResult(this CoreError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return ToRampart(error).ToProblemResult();
    }

    public static Error ToRampart(CoreError error) => error.Kind switch
    {
        CoreErrorKind.Validation => Error.Validation(error.Code, error.Detail, error.FieldErrors ?? new Dictionary<string, string[]>()),
        CoreErrorKind.NotFound => Error.NotFound(error.Code, error.Detail),
        CoreErrorKind.Conflict => Error.Conflict(error.Code, error.Detail),
        CoreErrorKind.PreconditionFailed => Error.PreconditionFailed(error.Code, error.Detail),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error.Kind, "Unknown error kind."),
    };
}
