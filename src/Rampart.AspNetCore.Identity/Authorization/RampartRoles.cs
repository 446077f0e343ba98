namespace Rampart.AspNetCore.Identity;

/// <summary>The built-in roles. Applications may add their own role names (no spaces).</summary>
public static class RampartRoles
{
    /// <summary>Every registered user.</summary>
    public const string Customer = "customer";

    /// <summary>Operators; the first one comes from configuration.</summary>
    public const string Admin = "admin";
}
