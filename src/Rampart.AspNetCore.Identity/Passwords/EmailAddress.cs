using System.Net.Mail;

namespace Rampart.AspNetCore.Identity;

/// <summary>The e-mail rules of registration: a plain <c>local@domain.tld</c> address of sane length.</summary>
internal static class EmailAddress
{
    public const int MaximumLength = 254;

    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > MaximumLength || email.Trim() != email)
        {
            return false;
        }

        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || parsed.DisplayName.Length > 0)
        {
            return false;
        }

        var at = email.LastIndexOf('@');
        var domain = email[(at + 1)..];
        return at > 0 && email.IndexOf('@', StringComparison.Ordinal) == at && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }

    /// <summary>The key that makes two spellings of one address the same account.</summary>
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
