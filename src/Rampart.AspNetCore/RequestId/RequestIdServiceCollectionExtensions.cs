using Microsoft.Extensions.DependencyInjection.Extensions;
using Rampart.AspNetCore.RequestId;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers request ids.</summary>
public static class RequestIdServiceCollectionExtensions
{
    /// <summary>Binds <see cref="RequestIdOptions"/> from <c>Rampart:RequestId</c>, validated at start-up.</summary>
    public static IServiceCollection AddRampartRequestId(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<RequestIdOptions>(RequestIdOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
