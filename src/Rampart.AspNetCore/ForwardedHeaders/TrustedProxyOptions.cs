namespace Rampart.AspNetCore.ForwardedHeaders;

/// <summary>
/// The proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed. Bound from
/// <c>Rampart:ForwardedHeaders</c>. With none configured the headers are ignored and the client IP is the
/// connection's, so a caller cannot choose its own rate-limit bucket.
/// </summary>
public sealed class TrustedProxyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:ForwardedHeaders";

    /// <summary>IP addresses of trusted proxies, for example <c>10.0.0.5</c>. Defaults to none.</summary>
    public IList<string> TrustedProxies { get; init; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, for example <c>10.0.0.0/8</c>. Defaults to none.</summary>
    public IList<string> TrustedNetworks { get; init; } = [];

    /// <summary>How many proxy hops to unwind. Defaults to 1.</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Whether any proxy is trusted.</summary>
    public bool Any => TrustedProxies.Count > 0 || TrustedNetworks.Count > 0;
}
