namespace Rampart.AspNetCore.Versioning;

/// <summary>
/// When each API version stops being recommended and when it goes away. Bound from <c>Rampart:Versioning</c>; which
/// versions exist is the code's business (<c>HasApiVersion</c>, <c>[ApiVersion]</c>), their retirement dates are
/// operations' and so live in configuration.
/// </summary>
public sealed class RampartVersioningOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Versioning";

    /// <summary>
    /// The retirement of each deprecated version, keyed by the version as it appears in the URL without the <c>v</c>
    /// (<c>Rampart:Versioning:Deprecated:1:Sunset</c>). Defaults to none: no response carries <c>Deprecation</c> or
    /// <c>Sunset</c>.
    /// </summary>
    public IDictionary<string, VersionRetirement> Deprecated { get; init; } = new Dictionary<string, VersionRetirement>(StringComparer.OrdinalIgnoreCase);
}
