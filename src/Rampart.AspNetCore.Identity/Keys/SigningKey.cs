using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>One ES256 key of the ring: always verifies, signs only when its private half is present.</summary>
internal sealed class SigningKey : IDisposable
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    private SigningKey(string keyId, ECDsa key, bool hasPrivateKey)
    {
        KeyId = keyId;
        Key = key;
        HasPrivateKey = hasPrivateKey;
        SecurityKey = new ECDsaSecurityKey(key) { KeyId = keyId };
    }

    public string KeyId { get; }

    public ECDsa Key { get; }

    /// <summary>The key as IdentityModel signs and verifies with it; its <c>KeyId</c> is the <c>kid</c>.</summary>
    public ECDsaSecurityKey SecurityKey { get; }

    public bool HasPrivateKey { get; }

    /// <summary>Loads a PEM key; <paramref name="setting"/> names the configuration entry in errors.</summary>
    public static SigningKey FromPem(string pem, string? keyId, bool isPrivate, string setting)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"{setting} is not a valid EC key PEM: {ex.Message}", ex);
        }

        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid?.Value != P256Oid && parameters.Curve.Oid?.FriendlyName is not ("nistP256" or "ECDSA_P256"))
        {
            key.Dispose();
            throw new InvalidOperationException($"{setting} must be a P-256 (ES256) key.");
        }

        if (isPrivate && !HasPrivate(key))
        {
            key.Dispose();
            throw new InvalidOperationException($"{setting} holds no private key; use PublicKeyPem for a verify-only key.");
        }

        return new SigningKey(string.IsNullOrWhiteSpace(keyId) ? Thumbprint(parameters) : keyId, key, isPrivate);
    }

    /// <summary>The RFC 7638 JWK thumbprint, used as <c>kid</c> when none is configured.</summary>
    public static string Thumbprint(ECParameters parameters)
    {
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url.EncodeToString(parameters.Q.X)}}","y":"{{Base64Url.EncodeToString(parameters.Q.Y)}}"}""";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public void Dispose() => Key.Dispose();

    private static bool HasPrivate(ECDsa key)
    {
        try
        {
            return key.ExportParameters(includePrivateParameters: true).D is { Length: > 0 };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
