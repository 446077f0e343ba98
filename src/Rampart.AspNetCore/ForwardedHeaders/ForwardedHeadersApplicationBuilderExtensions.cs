using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.ForwardedHeaders;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds forwarded-header handling when trusted proxies are configured.</summary>
public static class ForwardedHeadersApplicationBuilderExtensions
{
    /// <summary>
    /// Uses the framework's forwarded-headers middleware only when at least one trusted proxy is configured (with
    /// none, the framework would trust every sender). Use first.
    /// </summary>
    public static IApplicationBuilder UseRampartForwardedHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Settings are read per request, not here, so an invalid setting fails start-up validation with its message.
        return app.UseWhen(TrustsAnyProxy, branch => branch.UseForwardedHeaders());
    }

    private static bool TrustsAnyProxy(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Any;
}
