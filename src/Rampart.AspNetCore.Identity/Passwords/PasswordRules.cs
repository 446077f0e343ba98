namespace Rampart.AspNetCore.Identity;

/// <summary>
/// Minimum strength of a new password: length, variety, and not a well-known or account-derived password
/// (length over composition, after NIST SP 800-63B).
/// </summary>
internal static class PasswordRules
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword1",
        "123456789", "1234567890", "12345678910", "qwertyuiop", "qwerty1234", "qwerty12345", "1q2w3e4r5t", "1qaz2wsx3edc",
        "iloveyou12", "letmein123", "welcome123", "administrator", "admin12345", "changeme123", "abcdefghij", "abc1234567",
        "football123", "baseball123", "sunshine123", "princess123", "trustno1234", "0987654321", "zaq12wsxcde",
    };

    /// <summary>Why <paramref name="password"/> is too weak, or <see langword="null"/> when it passes.</summary>
    public static string? Check(string password, string? email, PasswordRulesOptions rules)
    {
        if (password.Length < rules.MinimumLength)
        {
            return $"Use at least {rules.MinimumLength} characters.";
        }

        if (password.Length > rules.MaximumLength)
        {
            return $"Use at most {rules.MaximumLength} characters.";
        }

        if (password.Distinct().Count() < rules.MinimumDistinctCharacters)
        {
            return $"Use at least {rules.MinimumDistinctCharacters} different characters.";
        }

        if (Common.Contains(password))
        {
            return "This password is too common.";
        }

        var local = email?.Split('@')[0];
        if (local is { Length: >= 3 } && password.Contains(local, StringComparison.OrdinalIgnoreCase))
        {
            return "The password must not contain the e-mail address.";
        }

        return null;
    }
}
