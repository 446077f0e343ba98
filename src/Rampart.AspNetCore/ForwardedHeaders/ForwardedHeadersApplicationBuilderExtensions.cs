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
        var trusted = app.ApplicationServices.GetRequiredService<IOptions<TrustedProxyOptions>>().Value;
        return trusted.Any ? app.UseForwardedHeaders() : app;
    }
}
