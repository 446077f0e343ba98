using System.Buffers.Text;
using System.Security.Cryptography;

namespace Rampart.AspNetCore.Identity;

/// <summary>Refresh token values: 32 random bytes as base64url; only their SHA-256 is stored.</summary>
internal static class RefreshTokenValue
{
    private const int Size = 32;

    public static (string Value, byte[] Hash) Create()
    {
        Span<byte> bytes = stackalloc byte[Size];
        RandomNumberGenerator.Fill(bytes);
        return (Base64Url.EncodeToString(bytes), SHA256.HashData(bytes));
    }

    /// <summary>The stored hash of <paramref name="value"/>, or <see langword="null"/> when it cannot be a refresh token.</summary>
    public static byte[]? TryHash(string? value)
    {
        if (value is not { Length: 43 })
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[Size + 2];
        try
        {
            return Base64Url.TryDecodeFromChars(value, bytes, out var written) && written == Size ? SHA256.HashData(bytes[..Size]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
