using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.ForwardedHeaders;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers forwarded-header handling for configured trusted proxies only.</summary>
public static class ForwardedHeadersServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TrustedProxyOptions"/> from <c>Rampart:ForwardedHeaders</c> and configures the framework's
    /// <see cref="ForwardedHeadersOptions"/> to trust exactly those proxies (the framework's loopback default is
    /// removed). Pair with <c>app.UseRampartForwardedHeaders()</c>.
    /// </summary>
    public static IServiceCollection AddRampartForwardedHeaders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedProxyOptions>, TrustedProxyValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = trusted.Value.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in trusted.Value.TrustedNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
