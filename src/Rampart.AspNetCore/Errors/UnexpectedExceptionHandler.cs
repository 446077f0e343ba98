using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// The last handler: any other exception becomes a 500 problem. Outside Development the response carries no
/// exception message, type or stack; in Development they are added so the developer sees what broke.
/// </summary>
internal sealed partial class UnexpectedExceptionHandler(
    IProblemDetailsService problemDetails,
    IWebHostEnvironment environment,
    ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            LogAborted(logger, httpContext.Request.Method, httpContext.Request.Path);
            return true;
        }

        LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Detail = Microsoft.Extensions.DependencyInjection.ErrorsServiceCollectionExtensions.UnexpectedDetail,
        };
        problem.Extensions[ErrorProblemDetails.CodeExtension] = ProblemCodes.Unexpected;
        if (environment.IsDevelopment())
        {
            problem.Detail = exception.Message;
            problem.Extensions["exception"] = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Unhandled exception while serving {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug, Message = "The caller aborted {Method} {Path}")]
    private static partial void LogAborted(ILogger logger, string method, PathString path);
}
