namespace Rampart.AspNetCore.FeatureFlags;

/// <summary>Where flags are configured and how their state appears in logs.</summary>
public static class FeatureFlagNames
{
    /// <summary>The configuration section holding the flags (Microsoft.FeatureManagement's own).</summary>
    public const string SectionName = "FeatureManagement";

    /// <summary>The log scope key of a gated request's flag: <c>Feature.NewCheckout</c> = <c>on</c>.</summary>
    public static string ScopeKey(string feature) => "Feature." + feature;
}
