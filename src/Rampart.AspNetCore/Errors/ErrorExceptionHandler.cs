using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Errors;

/// <summary>Renders an <see cref="ErrorException"/> thrown by a use case as the problem details of its error.</summary>
internal sealed class ErrorExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ErrorException { Error: var error })
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
