using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.RequestBody;

/// <summary>The request body size limit. Bound from <c>Rampart:RequestBody</c>.</summary>
public sealed class RequestBodyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:RequestBody";

    /// <summary>
    /// The largest request body accepted, in bytes; larger answers 413. An endpoint may override it with
    /// <c>[RequestSizeLimit]</c> / <c>.WithMetadata(new RequestSizeLimitAttribute(n))</c>. Defaults to 1 MiB.
    /// </summary>
    [Range(1, long.MaxValue, ErrorMessage = "a positive number of bytes")]
    public long MaxBytes { get; set; } = 1024 * 1024;
}
