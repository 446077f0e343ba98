using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data.Concurrency;

/// <summary>
/// The safety net for data conflicts a use case did not translate: a lost optimistic-concurrency race becomes 412
/// (the endpoint's conflict code), a unique violation 409 — never a 500 or a lost update.
/// </summary>
internal sealed class DataExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public const string UniqueViolationCode = "data.unique_violation";

    // The exception handler clears the endpoint before handlers run; the feature keeps the one that failed.
    private static string ConflictCode(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())
            ?.Metadata.GetMetadata<IfMatchMetadata>()?.ConflictCode ?? ExpectedVersion.DefaultConflictCode;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        Error? error = exception switch
        {
            DbUpdateConcurrencyException => Error.PreconditionFailed(
                ConflictCode(httpContext),
                "The resource changed since you read it; read it again and retry with its new ETag."),
            DbUpdateException update when update.IsUniqueViolation() => Error.Conflict(
                UniqueViolationCode, "A value that must be unique is already taken."),
            _ => null,
        };
        if (error is null)
        {
            return false;
        }

        var problem = ErrorProblemDetails.Create(error);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
