using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Rampart.AspNetCore.Identity;

/// <summary>
/// The public half of every key of the ring as an RFC 7517 JWK Set, converted by IdentityModel's
/// <see cref="JsonWebKeyConverter"/>, for other services to verify tokens.
/// </summary>
internal static class JsonWebKeySet
{
    public const string MediaType = "application/jwk-set+json";

    /// <summary>The JWK Set document; written once per ring, since the keys are fixed for the process's lifetime.</summary>
    public static byte[] Create(SigningKeyRing keys)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var key in keys.Keys)
            {
                // The converter reads only the public parameters of the key.
                var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key.SecurityKey);
                writer.WriteStartObject();
                writer.WriteString("kty", jwk.Kty);
                writer.WriteString("crv", jwk.Crv);
                writer.WriteString("x", jwk.X);
                writer.WriteString("y", jwk.Y);
                writer.WriteString("kid", jwk.Kid);
                writer.WriteString("use", JsonWebKeyUseNames.Sig);
                writer.WriteString("alg", Es256.Algorithm);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
