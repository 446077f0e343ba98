using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.RequestId;

/// <summary>
/// Accepts a sane <c>X-Request-Id</c> or generates one, echoes it, makes it the request's
/// <see cref="HttpContext.TraceIdentifier"/>, opens the log scope (request id and trace id) and logs each
/// request's completion once.
/// </summary>
internal sealed class RequestIdMiddleware(
    RequestDelegate next,
    IOptions<RequestIdOptions> options,
    TimeProvider time,
    ILogger<RequestIdMiddleware> logger)
{
    private readonly RequestIdOptions _options = options.Value;

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
        context.Response.OnStarting(static state =>
        {
            var (response, header, id) = ((HttpResponse, string, string))state;
            response.Headers[header] = id;
            return Task.CompletedTask;
        }, (context.Response, _options.HeaderName, requestId));
        var traceId = Activity.Current?.TraceId.ToHexString() ?? string.Empty;
        using (logger.BeginScope(new RequestScope(requestId, traceId)))
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
