namespace Rampart.AspNetCore.Identity;

/// <summary>The strength rules a new password must pass, and the cost of hashing it.</summary>
public sealed class PasswordRulesOptions
{
    /// <summary>The least number of characters. Defaults to 10.</summary>
    public int MinimumLength { get; set; } = 10;

    /// <summary>The most characters accepted, bounding hashing cost. Defaults to 128.</summary>
    public int MaximumLength { get; set; } = 128;

    /// <summary>The least number of different characters. Defaults to 5.</summary>
    public int MinimumDistinctCharacters { get; set; } = 5;

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations of the framework's <c>PasswordHasher</c>. Defaults to 210 000 (the OWASP figure
    /// for PBKDF2-HMAC-SHA512). Values below 100 000 are refused except in the Development and Testing environments.
    /// </summary>
    public int HashIterations { get; set; } = 210_000;
}
