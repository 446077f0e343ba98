using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.FeatureFlags;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Gates minimal API endpoints behind a feature flag.</summary>
public static class FeatureFlagEndpointExtensions
{
    /// <summary>
    /// The endpoint exists only while <paramref name="feature"/> is on for the caller: otherwise it answers the 404 an
    /// unknown address gets. Runs after authentication, so targeting by user and role sees the caller.
    /// </summary>
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string feature)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(feature);
        builder.WithMetadata(new RequireFeatureAttribute(feature));
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (!await FeatureGate.IsOnAsync(context.HttpContext, feature))
            {
                return Results.NotFound();
            }

            using var scope = FeatureGate.BeginScope(context.HttpContext, feature);
            return await next(context);
        });
        return builder;
    }
}
