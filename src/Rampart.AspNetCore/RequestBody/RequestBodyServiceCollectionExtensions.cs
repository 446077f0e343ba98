using Rampart.AspNetCore.RequestBody;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the request body size limit.</summary>
public static class RequestBodyServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RequestBodyOptions"/> from <c>Rampart:RequestBody</c>, validated at start-up. Pair with
    /// <c>app.UseRampartRequestBodyLimit()</c> after routing, which applies the limit to each request.
    /// </summary>
    public static IServiceCollection AddRampartRequestBodyLimit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<RequestBodyOptions>(RequestBodyOptions.SectionName);
        return services;
    }
}
