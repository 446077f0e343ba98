namespace Rampart.AspNetCore.Identity;

/// <summary>Names used by Rampart's bearer authentication.</summary>
public static class RampartAuthenticationDefaults
{
    /// <summary>
    /// The default scheme of the application. It forwards each request to <see cref="LocalScheme"/> or, for a token of
    /// the external authority (<c>Identity:Authority</c>), to <see cref="ExternalScheme"/>, so each issuer is trusted
    /// only with its own keys.
    /// </summary>
    public const string Scheme = "Bearer";

    /// <summary>The framework's JWT bearer handler for the service's own ES256 tokens.</summary>
    public const string LocalScheme = "Bearer.Local";

    /// <summary>The framework's JWT bearer handler for tokens of the external OpenID Connect authority.</summary>
    public const string ExternalScheme = "Bearer.External";
}
