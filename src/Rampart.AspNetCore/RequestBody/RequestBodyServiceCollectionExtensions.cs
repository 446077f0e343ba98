using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.RequestBody;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the request body size limit.</summary>
public static class RequestBodyServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RequestBodyOptions"/> from <c>Rampart:RequestBody</c> and sets Kestrel's own limit to it.
    /// Pair with <c>app.UseRampartRequestBodyLimit()</c> after routing.
    /// </summary>
    public static IServiceCollection AddRampartRequestBodyLimit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<RequestBodyOptions>(RequestBodyOptions.SectionName);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestBodyOptions>>((kestrel, body) =>
            kestrel.Limits.MaxRequestBodySize = body.Value.MaxBytes);
        return services;
    }
}
