using System.Security.Cryptography;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>A P-256 key for a test host, with its PEM forms.</summary>
public sealed class TestKey(string keyId) : IDisposable
{
    public string KeyId { get; } = keyId;

    public ECDsa Key { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PrivatePem => Key.ExportPkcs8PrivateKeyPem();

    public string PublicPem => Key.ExportSubjectPublicKeyInfoPem();

    public SigningKeyOptions Signing() => new() { KeyId = KeyId, PrivateKeyPem = PrivatePem };

    public SigningKeyOptions VerifyOnly() => new() { KeyId = KeyId, PublicKeyPem = PublicPem };

    public void Dispose() => Key.Dispose();
}
