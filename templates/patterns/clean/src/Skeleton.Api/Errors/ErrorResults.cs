using Microsoft.AspNetCore.Http.HttpResults;
using Rampart.AspNetCore.Errors;
using DomainError = Skeleton.Domain.Common.Error;
using DomainErrorKind = Skeleton.Domain.Common.ErrorKind;

namespace Skeleton.Api.Errors;

/// <summary>
/// The one place where the domain's and the use cases' errors become HTTP: each <see cref="DomainErrorKind"/> becomes
/// Rampart's error of the same kind, which renders the problem details (status, <c>code</c>, field <c>errors</c>,
/// <c>traceId</c>) every other response of the service uses.
/// </summary>
internal static class ErrorResults
{
    public static ProblemHttpResult ToProblem(this DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var problem = error.Kind switch
        {
            DomainErrorKind.Validation => Error.Validation(error.Code, error.Detail, error.FieldErrors ?? new Dictionary<string, string[]>()),
            DomainErrorKind.Forbidden => Error.Forbidden(error.Code, error.Detail),
            DomainErrorKind.NotFound => Error.NotFound(error.Code, error.Detail),
            DomainErrorKind.Conflict => Error.Conflict(error.Code, error.Detail),
            DomainErrorKind.PreconditionFailed => Error.PreconditionFailed(error.Code, error.Detail),
            _ => throw new ArgumentOutOfRangeException(nameof(error), error.Kind, "An error kind without an HTTP status."),
        };
        return problem.ToProblemResult();
    }
}
