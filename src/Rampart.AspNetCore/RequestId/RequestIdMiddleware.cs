using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.RequestId;

/// <summary>
/// Accepts a sane <c>X-Request-Id</c> or generates one, echoes it, makes it the request's
/// <see cref="HttpContext.TraceIdentifier"/>, opens the request's one log scope (<see cref="RequestScope"/>) and logs
/// each request's completion once, inside that scope.
/// </summary>
internal sealed class RequestIdMiddleware(
    RequestDelegate next,
    IOptions<RequestIdOptions> options,
    TimeProvider time,
    ILogger<RequestIdMiddleware> logger)
{
    private readonly RequestIdOptions _options = options.Value;
    private Func<object, Task>? _echoRequestId;

    // One delegate per middleware, reading the id back from the context: nothing allocated per request for it.
    private Func<object, Task> EchoRequestId => _echoRequestId ??= state =>
    {
        var context = (HttpContext)state;
        context.Response.Headers[_options.HeaderName] = context.TraceIdentifier;
        return Task.CompletedTask;
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        var supplied = context.Request.Headers[_options.HeaderName].ToString();
        var requestId = RequestIdValidator.IsAcceptable(supplied, _options.MaxLength) ? supplied : NewId();
        if (supplied.Length > 0 && !ReferenceEquals(requestId, supplied))
        {
            var length = supplied.Length;
            RequestIdLog.ReplacedRequestId(logger, length, requestId);
        }

        context.TraceIdentifier = requestId;
        // Set when the response starts: the exception handler clears headers set earlier.
        context.Response.OnStarting(EchoRequestId, context);
        var scope = new RequestScope(requestId, context.Request.Path, Activity.Current);
        context.Features.Set(scope);
        using (logger.BeginScope(scope))
        {
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
                var status = context.Response.StatusCode;
                RequestIdLog.RequestFinished(logger, context.Request.Method, context.Request.Path, status, elapsed);
            }
        }
    }

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}
