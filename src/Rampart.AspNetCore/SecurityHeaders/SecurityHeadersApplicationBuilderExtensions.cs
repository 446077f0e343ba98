using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.SecurityHeaders;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the security headers.</summary>
public static class SecurityHeadersApplicationBuilderExtensions
{
    /// <summary>
    /// Adds <c>X-Content-Type-Options: nosniff</c>, <c>X-Frame-Options</c>, <c>Content-Security-Policy</c> and
    /// <c>Referrer-Policy</c> to every response, and the framework's HSTS outside Development (HTTPS only). Use early.
    /// </summary>
    public static IApplicationBuilder UseRampartSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(WantsHsts, branch => branch.UseHsts());
        return app.UseMiddleware<SecurityHeadersMiddleware>();
    }

    private static bool WantsHsts(HttpContext context) =>
        !context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment()
        && context.RequestServices.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value.Hsts;
}
