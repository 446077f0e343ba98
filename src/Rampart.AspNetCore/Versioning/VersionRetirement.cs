namespace Rampart.AspNetCore.Versioning;

/// <summary>The retirement of one API version: the dates its responses announce and where to read about it.</summary>
public sealed class VersionRetirement
{
    /// <summary>
    /// When the version is (or was) deprecated, sent as <c>Deprecation: @&lt;unix seconds&gt;</c> (RFC 9745). Defaults to
    /// none: no <c>Deprecation</c> header.
    /// </summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>
    /// When the version stops being served, sent as <c>Sunset: &lt;HTTP date&gt;</c> (RFC 8594); it must come after
    /// <see cref="Date"/>. Defaults to none: no <c>Sunset</c> header.
    /// </summary>
    public DateTimeOffset? Sunset { get; init; }

    /// <summary>
    /// An absolute http(s) address of the migration notes, sent as <c>Link: &lt;…&gt;; rel="deprecation"</c> and, with a
    /// sunset, <c>rel="sunset"</c>. Defaults to none.
    /// </summary>
    public Uri? Link { get; init; }
}
