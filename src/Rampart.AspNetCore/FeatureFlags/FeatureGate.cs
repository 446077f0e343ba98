using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.FeatureManagement;

namespace Rampart.AspNetCore.FeatureFlags;

/// <summary>
/// The check behind <c>.RequireFeature</c> and <c>[RequireFeature]</c>: off for this caller → the endpoint is hidden
/// (the same 404 problem an unknown address gets, so a probe learns nothing); on → the request runs inside a log scope
/// <c>Feature.&lt;name&gt; = on</c>, so every line it writes says which code path served it.
/// </summary>
internal static partial class FeatureGate
{
    /// <summary>Whether <paramref name="feature"/> is on for this request's caller (logged when it is not).</summary>
    public static async ValueTask<bool> IsOnAsync(HttpContext http, string feature)
    {
        var flags = http.RequestServices.GetRequiredService<IVariantFeatureManagerSnapshot>();
        if (await flags.IsEnabledAsync(feature, http.RequestAborted))
        {
            return true;
        }

        var logger = Logger(http);
        LogHidden(logger, feature);
        return false;
    }

    /// <summary>
    /// The log scope of a request served behind <paramref name="feature"/>. Opened by the caller, not inside
    /// <see cref="IsOnAsync"/>: a scope lives in an AsyncLocal, and one pushed inside an async method is gone when
    /// that method returns.
    /// </summary>
    public static IDisposable? BeginScope(HttpContext http, string feature) =>
        Logger(http).BeginScope(new Dictionary<string, object?>(StringComparer.Ordinal) { [FeatureFlagNames.ScopeKey(feature)] = "on" });

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FeatureGate).FullName!);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Debug, Message = "Feature {Feature} is off for this caller: the endpoint answers 404")]
    private static partial void LogHidden(ILogger logger, string feature);
}
