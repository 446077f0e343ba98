using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.Shutdown;

/// <summary>How the service shuts down. Bound from <c>Rampart:Shutdown</c>.</summary>
public sealed class ShutdownOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Shutdown";

    /// <summary>
    /// How long in-flight requests and tracked background work may take to finish once the server stops accepting;
    /// whatever is still running then is cut off and logged. Defaults to 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "a duration from 00:00:00 to 01:00:00")]
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the service keeps accepting requests after shutdown begins while <c>/health/ready</c> already
    /// answers 503, so load balancers stop routing to it before it stops listening. Set it to at least the load
    /// balancer's probe interval. Defaults to zero.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "a duration from 00:00:00 to 00:05:00")]
    public TimeSpan ReadinessDelay { get; set; } = TimeSpan.Zero;
}
