using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.SecurityHeaders;

/// <summary>Adds the hardening headers to every response, errors included.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    private readonly SecurityHeadersOptions _options = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        // Set when the response starts: the exception handler clears headers set earlier.
        context.Response.OnStarting(static state =>
        {
            var (response, options) = ((HttpResponse, SecurityHeadersOptions))state;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = options.FrameOptions;
            headers.ContentSecurityPolicy = options.ContentSecurityPolicy;
            headers["Referrer-Policy"] = options.ReferrerPolicy;
            return Task.CompletedTask;
        }, (context.Response, _options));
        return next(context);
    }
}
