using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.SecurityHeaders;

/// <summary>Response headers that harden every answer. Bound from <c>Rampart:SecurityHeaders</c>.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:SecurityHeaders";

    /// <summary><c>Content-Security-Policy</c>. Defaults to <c>frame-ancestors 'none'</c> (API responses are never framed).</summary>
    [Required(ErrorMessage = "a Content-Security-Policy value such as frame-ancestors 'none'")]
    public string ContentSecurityPolicy { get; set; } = "frame-ancestors 'none'";

    /// <summary><c>X-Frame-Options</c>, for browsers without CSP frame-ancestors. Defaults to <c>DENY</c>.</summary>
    [Required(ErrorMessage = "DENY or SAMEORIGIN")]
    public string FrameOptions { get; set; } = "DENY";

    /// <summary><c>Referrer-Policy</c>. Defaults to <c>no-referrer</c>.</summary>
    [Required(ErrorMessage = "a Referrer-Policy value such as no-referrer")]
    public string ReferrerPolicy { get; set; } = "no-referrer";

    /// <summary>Whether HTTPS responses carry <c>Strict-Transport-Security</c> outside Development. Defaults to true.</summary>
    public bool Hsts { get; set; } = true;

    /// <summary>The HSTS <c>max-age</c>. Defaults to 365 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "730.00:00:00", ErrorMessage = "a duration up to 730 days")]
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
