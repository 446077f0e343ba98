namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Settings of the identity building block, bound from the <c>Identity</c> configuration section
/// (environment variables <c>Identity__…</c>) and validated when the application starts.
/// </summary>
public sealed class RampartIdentityOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Identity";

    /// <summary>The <c>iss</c> of issued access tokens, and the only issuer accepted. Defaults to <c>rampart</c>.</summary>
    public string Issuer { get; set; } = "rampart";

    /// <summary>The <c>aud</c> of issued access tokens, and the only audience accepted. Defaults to <c>rampart-api</c>.</summary>
    public string Audience { get; set; } = "rampart-api";

    /// <summary>How long an access token is valid. Defaults to 15 minutes.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a refresh token is valid after it is issued; each rotation starts a new period. Defaults to 14 days.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Tolerance for clock differences when checking <c>exp</c> and <c>nbf</c>. Defaults to 30 seconds.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many validated access tokens are remembered until they expire, so a token used again skips the signature
    /// check; 0 turns the cache off. Defaults to 10,000 (a few MB at most).
    /// </summary>
    public int ValidatedTokenCacheSize { get; set; } = 10_000;

    /// <summary>
    /// The ES256 (P-256) keys. The key named by <see cref="ActiveSigningKeyId"/> signs; every other key only verifies,
    /// so a retiring key keeps its tokens valid until it is removed. Required outside Development; in Development a key
    /// is generated and kept under the content root when none is configured. Defaults to none.
    /// </summary>
    public IList<SigningKeyOptions> SigningKeys { get; } = [];

    /// <summary>The <see cref="SigningKeyOptions.KeyId"/> of the key that signs new tokens. Defaults to the first key with a private key.</summary>
    public string? ActiveSigningKeyId { get; set; }

    /// <summary>E-mail of the first administrator, created at start when missing. Required outside Development. Defaults to none.</summary>
    public string? AdminEmail { get; set; }

    /// <summary>Password of the first administrator; must pass the password rules. Required with <see cref="AdminEmail"/>. Defaults to none.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Whether the first administrator is ensured when the application starts. Defaults to <see langword="true"/>.</summary>
    public bool SeedAdminOnStart { get; set; } = true;

    /// <summary>Password rules for registration. Defaults to <see cref="PasswordRulesOptions"/>' defaults.</summary>
    public PasswordRulesOptions Passwords { get; } = new();

    /// <summary>Login throttling. Defaults to <see cref="LoginThrottleOptions"/>' defaults.</summary>
    public LoginThrottleOptions LoginThrottle { get; } = new();

    /// <summary>How often expired refresh-token families and stale login counters are deleted. Defaults to 1 hour.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
