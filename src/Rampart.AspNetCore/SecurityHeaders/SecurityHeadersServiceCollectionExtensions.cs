using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.SecurityHeaders;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the security headers.</summary>
public static class SecurityHeadersServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SecurityHeadersOptions"/> from <c>Rampart:SecurityHeaders</c> and configures the framework's
    /// HSTS middleware from it. Pair with <c>app.UseRampartSecurityHeaders()</c>.
    /// </summary>
    public static IServiceCollection AddRampartSecurityHeaders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<SecurityHeadersOptions>(SecurityHeadersOptions.SectionName);
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityHeadersOptions>>((hsts, headers) =>
        {
            hsts.MaxAge = headers.Value.HstsMaxAge;
            hsts.IncludeSubDomains = true;
        });
        return services;
    }
}
