namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Settings of the identity building block, bound from the <c>Identity</c> configuration section
/// (environment variables <c>Identity__…</c>) and validated when the application starts.
/// </summary>
public sealed class RampartIdentityOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Identity";

    /// <summary>
    /// Whether the service has its own accounts and issues its own tokens: registration, the token, refresh and logout
    /// routes, the signing keys, the JWKS and the discovery document. Turn it off when an external provider
    /// (<see cref="Authority"/>) signs users in instead. Defaults to <see langword="true"/>.
    /// </summary>
    public bool IssueTokens { get; set; } = true;

    /// <summary>
    /// The <c>iss</c> of the service's own access tokens, and the only issuer accepted for them; also the issuer its
    /// discovery document names. Set it to the service's public URL when other services validate its tokens through
    /// <c>Authority</c>. Defaults to <c>rampart</c>.
    /// </summary>
    public string Issuer { get; set; } = "rampart";

    /// <summary>
    /// The <c>aud</c> of the service's own access tokens, and the audience every accepted token (the external
    /// authority's too) must name. Defaults to <c>rampart-api</c>.
    /// </summary>
    public string Audience { get; set; } = "rampart-api";

    /// <summary>
    /// An external OpenID Connect authority whose access tokens are accepted too, for example
    /// <c>https://keycloak.example.com/realms/shop</c>, an Entra ID tenant or an Auth0 domain. Its issuer and signing keys
    /// come from its discovery document; each issuer is trusted only with its own keys. Defaults to none.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>
    /// Whether the discovery document of <see cref="Authority"/> must be fetched over HTTPS. Turn it off only for a
    /// provider on the local machine in development or tests. Defaults to <see langword="true"/>.
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The claim of the external authority's tokens that carries the user's roles: a string or an array, or a path
    /// into a JSON claim such as Keycloak's <c>realm_access.roles</c>. Its values become <c>role</c> claims, so role
    /// policies and <see cref="ICurrentUser"/> work unchanged. Defaults to <c>roles</c> (Entra ID).
    /// </summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>
    /// The claim of the external authority's tokens that holds the user's id; it must be a UUID (Keycloak's
    /// <c>sub</c>, Entra ID's <c>oid</c>) and becomes the principal's <c>sub</c>. Defaults to <c>sub</c>.
    /// </summary>
    public string UserIdClaim { get; set; } = "sub";

    /// <summary>
    /// Paths under which the access token may come as the <c>access_token</c> query parameter (browsers cannot set
    /// headers on WebSocket requests). Defaults to <c>/hubs</c>.
    /// </summary>
    public IList<string> QueryTokenPaths { get; } = ["/hubs"];

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
