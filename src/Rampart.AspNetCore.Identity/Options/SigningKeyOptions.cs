namespace Rampart.AspNetCore.Identity;

/// <summary>One ES256 (ECDSA P-256) key of the key ring, in PEM form.</summary>
public sealed class SigningKeyOptions
{
    /// <summary>The <c>kid</c> that names the key in token headers and the JWKS. Defaults to the key's RFC 7638 thumbprint.</summary>
    public string? KeyId { get; set; }

    /// <summary>PKCS#8 or SEC1 private key PEM; a key with one can sign. Defaults to none.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>SubjectPublicKeyInfo PEM, for a verify-only key whose private half lives elsewhere. Defaults to none.</summary>
    public string? PublicKeyPem { get; set; }
}
