using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// The configured keys: one active key signs, every key verifies (a retiring key stays until removed from
/// configuration). In Development with no key configured, a generated key kept under the content root is used.
/// </summary>
internal sealed class SigningKeyRing : IDisposable
{
    private readonly Dictionary<string, SigningKey> _byId;

    public SigningKeyRing(IOptions<RampartIdentityOptions> options, IHostEnvironment environment, ILogger<SigningKeyRing> logger)
    {
        var settings = options.Value;
        var keys = settings.SigningKeys.Count > 0
            ? settings.SigningKeys.Select(Load).ToList()
            : environment.IsDevelopment()
                ? [DevelopmentSigningKey.LoadOrCreate(environment.ContentRootPath, logger)]
                : throw new InvalidOperationException($"{RampartIdentityOptions.SectionName}:SigningKeys is required outside Development.");

        _byId = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!_byId.TryAdd(key.KeyId, key))
            {
                throw new InvalidOperationException($"{RampartIdentityOptions.SectionName}:SigningKeys has two keys with KeyId '{key.KeyId}'.");
            }
        }

        Keys = keys;
        SecurityKeys = [.. keys.Select(key => (SecurityKey)key.SecurityKey)];
        Active = settings.ActiveSigningKeyId is { Length: > 0 } activeId
            ? _byId.GetValueOrDefault(activeId) is { HasPrivateKey: true } chosen
                ? chosen
                : throw new InvalidOperationException($"{RampartIdentityOptions.SectionName}:ActiveSigningKeyId '{activeId}' names no key with a private key.")
            : keys.FirstOrDefault(k => k.HasPrivateKey)
                ?? throw new InvalidOperationException($"{RampartIdentityOptions.SectionName}:SigningKeys needs at least one key with a PrivateKeyPem to sign with.");
    }

    /// <summary>The key that signs new tokens.</summary>
    public SigningKey Active { get; }

    /// <summary>Every key that verifies, active first or not.</summary>
    public IReadOnlyList<SigningKey> Keys { get; }

    /// <summary><see cref="Keys"/> as the JWT bearer handler's issuer signing keys.</summary>
    public IReadOnlyList<SecurityKey> SecurityKeys { get; }

    public void Dispose()
    {
        foreach (var key in Keys)
        {
            key.Dispose();
        }
    }

    /// <summary>Loads the configured key at <paramref name="index"/>; a bad one fails naming its setting.</summary>
    internal static SigningKey Load(SigningKeyOptions key, int index)
    {
        var setting = $"{RampartIdentityOptions.SectionName}:SigningKeys:{index}";
        return key switch
        {
            { PrivateKeyPem: { Length: > 0 } pem } => SigningKey.FromPem(pem, key.KeyId, isPrivate: true, setting + ":PrivateKeyPem"),
            { PublicKeyPem: { Length: > 0 } pem } => SigningKey.FromPem(pem, key.KeyId, isPrivate: false, setting + ":PublicKeyPem"),
            _ => throw new InvalidOperationException($"{setting} needs a PrivateKeyPem or a PublicKeyPem."),
        };
    }
}
