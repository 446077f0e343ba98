namespace Rampart.AspNetCore.Identity;

/// <summary>Table names shared by the model and the migration so the two cannot drift apart.</summary>
internal static class IdentityTables
{
    public const string Users = "users";
    public const string RefreshTokens = "refresh_tokens";
    public const string LoginThrottles = "login_throttles";
}
