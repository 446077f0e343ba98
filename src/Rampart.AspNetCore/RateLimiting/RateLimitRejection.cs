using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.RateLimiting;

/// <summary>
/// Answers a rejected request with a 429 problem and <c>Retry-After</c> in whole seconds; with 503 when the shared limit
/// store is down and the service is set to fail closed.
/// </summary>
internal static partial class RateLimitRejection
{
    public static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        var unavailable = context.Lease.TryGetMetadata(RateLimitMetadata.Unavailable, out var down) && down;
        var status = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests;
        http.Response.StatusCode = status;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitRejection).FullName!);
        if (!unavailable)
        {
            LogRejected(logger, http.Request.Method, http.Request.Path, retryAfter);
        }

        var problem = new ProblemDetails
        {
            Status = status,
            Detail = unavailable
                ? $"The rate limits cannot be checked right now; retry after {retryAfter} seconds."
                : $"Too many requests; retry after {retryAfter} seconds.",
        };
        problem.Extensions[ErrorProblemDetails.CodeExtension] = unavailable ? ProblemCodes.Unavailable : ProblemCodes.RateLimited;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = problem,
        });
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Rate limit reached for {Method} {Path}; retry after {RetryAfterSeconds} s")]
    private static partial void LogRejected(ILogger logger, string method, PathString path, int retryAfterSeconds);
}
