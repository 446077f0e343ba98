using System.Text.RegularExpressions;

namespace Rampart.Analyzers.Support;

/// <summary>Recognises secrets by their shape (known token formats, connection-string passwords) and by their entropy.</summary>
internal static class SecretShapes
{
    private static readonly Regex KnownToken = new(
        @"AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_live_[0-9A-Za-z]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}|AccountKey=[A-Za-z0-9+/=]{40,}",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    private static readonly Regex ConnectionPassword = new(
        @"(?:^|;)\s*(?:password|pwd)\s*=\s*(?<value>[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>Values that start with these are placeholders, not secrets.</summary>
    private static readonly string[] PlaceholderStarts =
        ["changeme", "change-me", "change_me", "your", "example", "placeholder", "dummy", "sample", "redacted", "xxx", "***", "todo", "<", "{", "$", "%", "__", "#{"];

    /// <summary>Values that contain these anywhere are placeholders ("replace-with-your-key", "my-example-token", "${DB_PASSWORD}").</summary>
    private static readonly string[] PlaceholderWords =
        ["changeme", "change-me", "change_me", "placeholder", "redacted", "example", "dummy", "your-", "your_", "replace", "{{", "${"];

    /// <summary>Why the text looks like a secret, or null when it does not.</summary>
    public static string? Describe(string text)
    {
        try
        {
            return DescribeShape(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological literal must not crash the compiler's analysis; it is simply not judged.
            return null;
        }
    }

    /// <summary>True for a token or key in a format some provider issues (AWS, GitHub, Slack, Stripe, JWT, PEM, Azure storage).</summary>
    public static bool IsKnownToken(string text)
    {
        try
        {
            return KnownToken.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? DescribeShape(string text)
    {
        if (KnownToken.IsMatch(text))
        {
            return "a token or key in a known format";
        }

        foreach (Match match in ConnectionPassword.Matches(text))
        {
            var value = match.Groups["value"].Value.Trim().Trim('\'', '"');
            if (value.Length > 0 && !IsPlaceholder(value))
            {
                return "a connection string with a password";
            }
        }

        return null;
    }

    /// <summary>True when a value named like a secret looks real: long enough, no spaces, random-looking, not a placeholder.</summary>
    public static bool LooksRandom(string value) =>
        value.Length >= 12 && !value.Any(char.IsWhiteSpace) && !IsPlaceholder(value) && Entropy(value) >= 3.0;

    public static bool IsPlaceholder(string value)
    {
        var lower = value.ToLowerInvariant();
        return PlaceholderStarts.Any(p => lower.StartsWith(p, StringComparison.Ordinal)) || PlaceholderWords.Any(lower.Contains) ||
            value.Distinct().Count() <= 2 ||
            // "_password", "_username": a field's name written where the value goes.
            (value.Length > 1 && value[0] == '_' && value.Skip(1).All(char.IsLetter));
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value)
    {
        var total = (double)value.Length;
        return value.GroupBy(c => c).Sum(g =>
        {
            var p = g.Count() / total;
            return -p * Math.Log(p, 2);
        });
    }
}
