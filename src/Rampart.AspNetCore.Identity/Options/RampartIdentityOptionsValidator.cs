using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>Stops the application at start when a setting is missing or unsafe, naming the setting.</summary>
internal sealed class RampartIdentityOptionsValidator(IHostEnvironment environment) : IValidateOptions<RampartIdentityOptions>
{
    private const int SafeIterations = 100_000;

    public ValidateOptionsResult Validate(string? name, RampartIdentityOptions options)
    {
        var failures = new List<string>();
        var relaxed = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        const string Section = RampartIdentityOptions.SectionName;

        if (options.IssueTokens && !environment.IsDevelopment())
        {
            if (string.IsNullOrWhiteSpace(options.AdminEmail))
            {
                failures.Add($"{Section}:AdminEmail is required outside Development: set it to the e-mail of the first administrator.");
            }

            if (options.SigningKeys.Count == 0)
            {
                failures.Add($"{Section}:SigningKeys is required outside Development: add at least one ES256 private key PEM.");
            }
        }

        CheckSigningKeys(options, failures);
        CheckAuthority(options, relaxed, failures);

        if (!string.IsNullOrWhiteSpace(options.AdminEmail) && string.IsNullOrEmpty(options.AdminPassword))
        {
            failures.Add($"{Section}:AdminPassword is required when {Section}:AdminEmail is set.");
        }

        if (!string.IsNullOrWhiteSpace(options.AdminEmail) && !EmailAddress.IsValid(options.AdminEmail))
        {
            failures.Add($"{Section}:AdminEmail is not a valid e-mail address.");
        }

        if (options.AdminPassword is { Length: > 0 } password && PasswordRules.Check(password, options.AdminEmail, options.Passwords) is { } weak)
        {
            failures.Add($"{Section}:AdminPassword is too weak: {weak}");
        }

        AddIfNot(failures, options.AccessTokenLifetime > TimeSpan.Zero && options.AccessTokenLifetime <= TimeSpan.FromHours(24), $"{Section}:AccessTokenLifetime must be between 0 and 24 hours.");
        AddIfNot(failures, options.RefreshTokenLifetime > TimeSpan.Zero, $"{Section}:RefreshTokenLifetime must be positive.");
        AddIfNot(failures, options.ClockSkew >= TimeSpan.Zero && options.ClockSkew <= TimeSpan.FromMinutes(5), $"{Section}:ClockSkew must be between 0 and 5 minutes.");
        AddIfNot(failures, options.ValidatedTokenCacheSize is >= 0 and <= 1_000_000, $"{Section}:ValidatedTokenCacheSize must be between 0 (off) and 1,000,000.");
        AddIfNot(failures, options.CleanupInterval > TimeSpan.Zero, $"{Section}:CleanupInterval must be positive.");
        AddIfNot(failures, !string.IsNullOrWhiteSpace(options.Issuer), $"{Section}:Issuer is required.");
        AddIfNot(failures, !string.IsNullOrWhiteSpace(options.Audience), $"{Section}:Audience is required.");
        AddIfNot(failures, options.Passwords.MinimumLength >= 8 && options.Passwords.MinimumLength <= options.Passwords.MaximumLength, $"{Section}:Passwords:MinimumLength must be at least 8 and at most MaximumLength.");
        AddIfNot(failures, options.Passwords.HashIterations >= SafeIterations || (relaxed && options.Passwords.HashIterations >= 1), $"{Section}:Passwords:HashIterations must be at least {SafeIterations} outside Development and Testing.");
        var throttle = options.LoginThrottle;
        AddIfNot(failures, throttle.FreeFailuresPerAccount >= 1 && throttle.FreeFailuresPerIp >= throttle.FreeFailuresPerAccount, $"{Section}:LoginThrottle:FreeFailuresPerAccount must be at least 1 and FreeFailuresPerIp at least as high.");
        AddIfNot(failures, throttle.BaseLockout > TimeSpan.Zero && throttle.MaximumLockout >= throttle.BaseLockout, $"{Section}:LoginThrottle:BaseLockout must be positive and MaximumLockout at least as long.");
        AddIfNot(failures, throttle.ResetAfter >= throttle.MaximumLockout, $"{Section}:LoginThrottle:ResetAfter must be at least MaximumLockout.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Loads each configured key once, so a bad PEM, a duplicate kid or a ring that cannot sign stops the start here, as
    // one line naming its setting, before anything uses the keys.
    private static void CheckSigningKeys(RampartIdentityOptions options, List<string> failures)
    {
        const string Section = RampartIdentityOptions.SectionName;
        var loaded = new List<(string KeyId, bool HasPrivateKey)>();
        var broken = false;
        for (var i = 0; i < options.SigningKeys.Count; i++)
        {
            try
            {
                using var key = SigningKeyRing.Load(options.SigningKeys[i], i);
                loaded.Add((key.KeyId, key.HasPrivateKey));
            }
            catch (InvalidOperationException invalid)
            {
                failures.Add(invalid.Message);
                broken = true;
            }
        }

        if (broken || !options.IssueTokens || loaded.Count == 0)
        {
            return;
        }

        if (loaded.GroupBy(key => key.KeyId, StringComparer.Ordinal).FirstOrDefault(same => same.Count() > 1) is { } twice)
        {
            failures.Add($"{Section}:SigningKeys has two keys with KeyId '{twice.Key}'.");
        }

        if (options.ActiveSigningKeyId is { Length: > 0 } active)
        {
            AddIfNot(failures, loaded.Any(key => key.KeyId == active && key.HasPrivateKey), $"{Section}:ActiveSigningKeyId '{active}' names no key with a private key.");
        }
        else
        {
            AddIfNot(failures, loaded.Any(key => key.HasPrivateKey), $"{Section}:SigningKeys needs at least one key with a PrivateKeyPem to sign with.");
        }
    }

    private static void CheckAuthority(RampartIdentityOptions options, bool relaxed, List<string> failures)
    {
        const string Section = RampartIdentityOptions.SectionName;
        if (options.Authority is null)
        {
            AddIfNot(failures, options.IssueTokens, $"{Section}:Authority is required when {Section}:IssueTokens is false: set it to the URL of the OpenID Connect provider that signs users in.");
            return;
        }

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            failures.Add($"{Section}:Authority must be the absolute URL of an OpenID Connect provider (was '{options.Authority}').");
        }
        else if (authority.Scheme == "http" && options.RequireHttpsMetadata)
        {
            failures.Add($"{Section}:Authority must use https; set {Section}:RequireHttpsMetadata to false only for a provider on this machine.");
        }

        AddIfNot(failures, options.RequireHttpsMetadata || relaxed, $"{Section}:RequireHttpsMetadata may be false only in Development and Testing.");
        AddIfNot(failures, !string.IsNullOrWhiteSpace(options.RoleClaim), $"{Section}:RoleClaim must name the claim that carries the provider's roles, such as roles.");
        AddIfNot(failures, !string.IsNullOrWhiteSpace(options.UserIdClaim), $"{Section}:UserIdClaim must name the claim that carries the user's UUID, such as sub or oid.");
    }

    private static void AddIfNot(List<string> failures, bool condition, string message)
    {
        if (!condition)
        {
            failures.Add(message);
        }
    }
}
