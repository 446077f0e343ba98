using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>Signs ES256 JWT access tokens with the ring's active key (compact JWS, RFC 7515/7519/7518 §3.4).</summary>
internal sealed class AccessTokenIssuer(SigningKeyRing keys, IOptions<RampartIdentityOptions> options, TimeProvider time)
{
    // The header depends only on the key: encoded once per active key, not per token.
    private EncodedHeader? _header;

    public AccessToken Issue(RampartUser user)
    {
        var settings = options.Value;
        var key = keys.Active;
        var now = time.GetUtcNow();
        var expires = now + settings.AccessTokenLifetime;
        var header = HeaderFor(key);

        var payload = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", settings.Issuer);
            writer.WriteString("aud", settings.Audience);
            writer.WriteString(RampartClaimTypes.Subject, user.Id);
            writer.WriteString(RampartClaimTypes.Email, user.Email);
            writer.WriteStartArray(RampartClaimTypes.Role);
            foreach (var role in user.Roles)
            {
                writer.WriteStringValue(role);
            }

            writer.WriteEndArray();
            writer.WriteString(RampartClaimTypes.TokenId, Guid.CreateVersion7(now));
            writer.WriteNumber("iat", now.ToUnixTimeSeconds());
            writer.WriteNumber("nbf", now.ToUnixTimeSeconds());
            writer.WriteNumber("exp", expires.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        // header.payload.signature, written as ASCII into one pooled buffer: the prefix is signed as it stands.
        var length = header.Base64Url.Length + 1 + Base64Url.GetEncodedLength(payload.WrittenCount) + 1 + Base64Url.GetEncodedLength(Es256.SignatureLength);
        var token = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            header.Base64Url.CopyTo(token, 0);
            var written = header.Base64Url.Length;
            token[written++] = (byte)'.';
            written += Base64Url.EncodeToUtf8(payload.WrittenSpan, token.AsSpan(written));
            Span<byte> signature = stackalloc byte[Es256.SignatureLength];
            if (!key.Key.TrySignData(token.AsSpan(0, written), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation, out var signed)
                || signed != Es256.SignatureLength)
            {
                throw new CryptographicException($"The signing key '{key.KeyId}' did not produce an ES256 signature.");
            }

            token[written++] = (byte)'.';
            written += Base64Url.EncodeToUtf8(signature, token.AsSpan(written));
            return new AccessToken(Encoding.ASCII.GetString(token, 0, written), (int)settings.AccessTokenLifetime.TotalSeconds);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(token);
        }
    }

    private EncodedHeader HeaderFor(SigningKey key)
    {
        var header = Volatile.Read(ref _header);
        if (header is not null && ReferenceEquals(header.Key, key))
        {
            return header;
        }

        var json = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", Es256.Algorithm);
            writer.WriteString("typ", "JWT");
            writer.WriteString("kid", key.KeyId);
            writer.WriteEndObject();
        }

        header = new EncodedHeader(key, Encoding.ASCII.GetBytes(Base64Url.EncodeToString(json.WrittenSpan)));
        Volatile.Write(ref _header, header);
        return header;
    }

    private sealed record EncodedHeader(SigningKey Key, byte[] Base64Url);
}
