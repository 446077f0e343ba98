namespace Rampart.AspNetCore.Identity;

/// <summary>The JWT claim names Rampart's access tokens carry and its principals expose (no legacy URI mapping).</summary>
public static class RampartClaimTypes
{
    /// <summary>The user's id (a UUIDv7 string).</summary>
    public const string Subject = "sub";

    /// <summary>The user's e-mail; also the identity's name.</summary>
    public const string Email = "email";

    /// <summary>One role per claim; the identity's role claim type, so <c>IsInRole</c> and role policies work.</summary>
    public const string Role = "role";

    /// <summary>The token's unique id.</summary>
    public const string TokenId = "jti";
}
