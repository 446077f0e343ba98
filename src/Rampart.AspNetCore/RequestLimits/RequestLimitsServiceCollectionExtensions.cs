using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.RequestLimits;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the request line and header limits.</summary>
public static class RequestLimitsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RequestLimitsOptions"/> from <c>Rampart:RequestLimits</c>, validated at start-up, and raises
    /// Kestrel's own limits above them. Pair with <c>app.UseRampartRequestLimits()</c>.
    /// </summary>
    public static IServiceCollection AddRampartRequestLimits(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<RequestLimitsOptions>(RequestLimitsOptions.SectionName);
        services.AddTransient<IConfigureOptions<KestrelServerOptions>, KestrelLimitsSetup>();
        return services;
    }
}
