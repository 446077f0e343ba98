namespace Rampart.AspNetCore.Cors;

/// <summary>Which browser origins may call the API. Bound from <c>Rampart:Cors</c>.</summary>
public sealed class RampartCorsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Cors";

    /// <summary>Origins allowed, such as <c>https://shop.example.com</c>. Defaults to none: no cross-origin call is allowed.</summary>
    public IList<string> AllowedOrigins { get; init; } = [];
}
