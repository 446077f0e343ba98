namespace Rampart.AspNetCore.Identity;

/// <summary>Names used by Rampart's bearer authentication.</summary>
public static class RampartAuthenticationDefaults
{
    /// <summary>The authentication scheme, and the default scheme of the application.</summary>
    public const string Scheme = "Bearer";
}
