using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// Renders an exception a registered <see cref="IExceptionClassifier"/> recognises (a lost concurrency race, a database
/// or downstream that is down) as the problem details of the error it means.
/// </summary>
internal sealed class ClassifiedExceptionHandler(IProblemDetailsService problemDetails, IEnumerable<IExceptionClassifier> classifiers) : IExceptionHandler
{
    private readonly IExceptionClassifier[] _classifiers = [.. classifiers];

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var error = Classify(exception, httpContext);
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

    private Error? Classify(Exception exception, HttpContext httpContext)
    {
        foreach (var classifier in _classifiers)
        {
            if (classifier.Classify(exception, httpContext) is { } error)
            {
                return error;
            }
        }

        return null;
    }
}
