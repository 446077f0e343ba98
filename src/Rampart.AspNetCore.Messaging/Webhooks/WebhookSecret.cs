using System.Security.Cryptography;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// A webhook signing secret in the Standard Webhooks form: <c>whsec_</c> followed by the base64 of 24 to 64 random
/// bytes. <see cref="Generate"/> makes one; share it with the receiver out of band.
/// </summary>
public static class WebhookSecret
{
    /// <summary>The prefix every secret starts with.</summary>
    public const string Prefix = "whsec_";

    private const int MinBytes = 24;
    private const int MaxBytes = 64;

    /// <summary>A new secret of 32 random bytes.</summary>
    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key bytes of <paramref name="secret"/>, or null (with the reason) when it is not a valid secret.</summary>
    public static byte[]? TryDecode(string? secret, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            problem = $"a secret starts with '{Prefix}' followed by base64 (make one with WebhookSecret.Generate())";
            return null;
        }

        var buffer = new byte[MaxBytes + 3];
        if (!Convert.TryFromBase64String(secret[Prefix.Length..], buffer, out var written) || written < MinBytes || written > MaxBytes)
        {
            problem = $"the part after '{Prefix}' must be the base64 of {MinBytes} to {MaxBytes} bytes";
            return null;
        }

        return buffer[..written];
    }
}
