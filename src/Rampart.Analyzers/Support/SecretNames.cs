namespace Rampart.Analyzers.Support;

/// <summary>Names that say a value is a secret (<c>Password</c>, <c>ClientSecret</c>, <c>ApiKey</c>) and the values that fit them.</summary>
internal static class SecretNames
{
    private static readonly string[] SecretWords =
        ["password", "passwd", "pwd", "secret", "apikey", "api_key", "accesskey", "access_key", "privatekey", "private_key", "token", "signingkey", "signing_key", "credential"];

    private static readonly string[] NotSecretWords =
        ["name", "header", "path", "url", "uri", "endpoint", "type", "field", "file", "prefix", "format", "policy", "claim", "section", "label", "length",
         "expir", "lifetime", "scheme", "issuer", "audience", "hash", "requirement", "regex", "pattern", "message", "error", "hint", "placeholder", "prompt", "title",
         "display", "text", "option", "validator", "count", "store", "provider", "version", "mode", "duration", "timeout"];

    /// <summary>A name about a secret that is not the name of something else (<c>PasswordHeader</c>, <c>ApiKeySectionName</c>).</summary>
    public static bool IsSecret(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        var last = lower.Split(':', '.', '_', '/').Last();
        return SecretWords.Any(lower.Contains) && !NotSecretWords.Any(last.Contains);
    }

    /// <summary>
    /// Whether a value stored under a secret name is one: random-looking text of any length, or — when the name ends
    /// with the secret word (<c>ClientSecret</c>, <c>Password</c>, not <c>PasswordKey</c>) — any short word that is not a
    /// placeholder, because <c>ClientSecret = "secret"</c> is a credential, however weak.
    /// </summary>
    public static bool HoldsSecret(string name, string value)
    {
        if (SecretShapes.LooksRandom(value))
        {
            return true;
        }

        var lower = name.ToLowerInvariant().TrimEnd('s');
        return value.Length >= 4 && !value.Any(char.IsWhiteSpace) && !SecretShapes.IsPlaceholder(value) &&
            SecretWords.Any(w => lower.EndsWith(w, StringComparison.Ordinal));
    }
}
