using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.RequestLimits;

/// <summary>
/// Limits on the request line and headers, answered with problem details. Bound from <c>Rampart:RequestLimits</c>.
/// The server's own limits are raised above these (<see cref="ServerHeadroom"/> times), so a request over them reaches
/// the application and gets a shaped answer; only one over the server's limits gets the server's bare one.
/// </summary>
public sealed class RequestLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:RequestLimits";

    /// <summary>How many times these limits the server's own limits are set to.</summary>
    public const int ServerHeadroom = 4;

    /// <summary>The longest request target (path and query) accepted, in characters; longer answers 414. Defaults to 8192.</summary>
    [Range(256, 1024 * 1024, ErrorMessage = "a number of characters from 256 to 1048576")]
    public int MaxUrlLength { get; set; } = 8 * 1024;

    /// <summary>The most header bytes accepted (names and values together); more answers 431. Defaults to 32 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024, ErrorMessage = "a number of bytes from 1024 to 16777216")]
    public int MaxHeadersBytes { get; set; } = 32 * 1024;
}
