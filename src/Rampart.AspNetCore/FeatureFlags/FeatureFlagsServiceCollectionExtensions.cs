using Microsoft.Extensions.Configuration;
using Microsoft.FeatureManagement;
using Rampart.AspNetCore.FeatureFlags;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers feature flags on Microsoft.FeatureManagement.</summary>
public static class FeatureFlagsServiceCollectionExtensions
{
    /// <summary>
    /// Feature flags from the <c>FeatureManagement</c> section (<c>"NewCheckout": true</c>, or a filter such as
    /// <c>Microsoft.Targeting</c> with users, roles and a default rollout percentage), evaluated once per request
    /// (<see cref="IVariantFeatureManagerSnapshot"/>), targeted by the caller's user id and roles. Gate an endpoint with
    /// <c>.RequireFeature("NewCheckout")</c> or a controller action with <c>[RequireFeature("NewCheckout")]</c>.
    /// </summary>
    public static IServiceCollection AddRampartFeatureFlags(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHttpContextAccessor();
        services.AddFeatureManagement(configuration.GetSection(FeatureFlagNames.SectionName))
            .WithTargeting<CallerTargetingContextAccessor>();
        return services;
    }
}
