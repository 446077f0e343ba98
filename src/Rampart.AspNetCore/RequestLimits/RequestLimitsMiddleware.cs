using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.RequestLimits;

/// <summary>Answers 414 for a request target over the limit and 431 for headers over it, as problem details.</summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options, IProblemDetailsService problems)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value + context.Request.QueryString.Value;
        if (target.Length > limits.MaxUrlLength)
        {
            return RejectAsync(context, StatusCodes.Status414UriTooLong, ProblemCodes.UriTooLong,
                $"The request's path and query are longer than this service accepts ({limits.MaxUrlLength} characters).");
        }

        return HeaderBytes(context.Request.Headers) > limits.MaxHeadersBytes
            ? RejectAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ProblemCodes.HeadersTooLarge,
                $"The request's headers are larger than this service accepts ({limits.MaxHeadersBytes} bytes).")
            : next(context);
    }

    // As the server counts them: each header line's name and value bytes (headers are ASCII or Latin-1).
    private static long HeaderBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                total += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return total;
    }

    private async Task RejectAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions[ErrorProblemDetails.CodeExtension] = code;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
