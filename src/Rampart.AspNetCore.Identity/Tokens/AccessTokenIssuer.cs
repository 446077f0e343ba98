using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Identity;

/// <summary>Signs ES256 JWT access tokens with the ring's active key (compact JWS, RFC 7515/7519/7518 §3.4).</summary>
internal sealed class AccessTokenIssuer(SigningKeyRing keys, IOptions<RampartIdentityOptions> options, TimeProvider time)
{
    public AccessToken Issue(RampartUser user)
    {
        var settings = options.Value;
        var key = keys.Active;
        var now = time.GetUtcNow();
        var expires = now + settings.AccessTokenLifetime;

        var header = Json(writer =>
        {
            writer.WriteString("alg", Es256.Algorithm);
            writer.WriteString("typ", "JWT");
            writer.WriteString("kid", key.KeyId);
        });
        var payload = Json(writer =>
        {
            writer.WriteString("iss", settings.Issuer);
            writer.WriteString("aud", settings.Audience);
            writer.WriteString(RampartClaimTypes.Subject, user.Id.ToString());
            writer.WriteString(RampartClaimTypes.Email, user.Email);
            writer.WriteStartArray(RampartClaimTypes.Role);
            foreach (var role in user.Roles)
            {
                writer.WriteStringValue(role);
            }

            writer.WriteEndArray();
            writer.WriteString(RampartClaimTypes.TokenId, Guid.CreateVersion7(now).ToString());
            writer.WriteNumber("iat", now.ToUnixTimeSeconds());
            writer.WriteNumber("nbf", now.ToUnixTimeSeconds());
            writer.WriteNumber("exp", expires.ToUnixTimeSeconds());
        });

        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payload);
        var signature = key.Key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new AccessToken(signingInput + "." + Base64Url.EncodeToString(signature), (int)settings.AccessTokenLifetime.TotalSeconds);
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
