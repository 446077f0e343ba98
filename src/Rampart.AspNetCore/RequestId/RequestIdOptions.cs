using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.RequestId;

/// <summary>How the request id is accepted and echoed. Bound from <c>Rampart:RequestId</c>.</summary>
public sealed class RequestIdOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:RequestId";

    /// <summary>The header read and echoed. Defaults to <c>X-Request-Id</c>.</summary>
    [Required(ErrorMessage = "a header name such as X-Request-Id")]
    public string HeaderName { get; set; } = "X-Request-Id";

    /// <summary>
    /// The longest id accepted from a caller; a longer one, or one with characters outside letters, digits and
    /// <c>-_.:</c>, is replaced by a generated id. Defaults to 64.
    /// </summary>
    [Range(8, 256, ErrorMessage = "a whole number from 8 to 256")]
    public int MaxLength { get; set; } = 64;
}
