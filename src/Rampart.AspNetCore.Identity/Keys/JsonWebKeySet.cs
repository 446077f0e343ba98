using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.AspNetCore.Identity;

/// <summary>The public half of every key of the ring as an RFC 7517 JWK Set, for other services to verify tokens.</summary>
internal static class JsonWebKeySet
{
    public static object Create(SigningKeyRing keys) => new
    {
        keys = keys.Keys.Select(key =>
        {
            var parameters = key.Key.ExportParameters(includePrivateParameters: false);
            return new JsonWebKey("EC", "P-256", Base64Url.EncodeToString(parameters.Q.X), Base64Url.EncodeToString(parameters.Q.Y), key.KeyId, "sig", Es256.Algorithm);
        }).ToList(),
    };

    /// <summary>One EC public key; member names are the JWK's own.</summary>
    internal sealed record JsonWebKey(
        [property: JsonPropertyName("kty")] string Kty,
        [property: JsonPropertyName("crv")] string Crv,
        [property: JsonPropertyName("x")] string X,
        [property: JsonPropertyName("y")] string Y,
        [property: JsonPropertyName("kid")] string Kid,
        [property: JsonPropertyName("use")] string Use,
        [property: JsonPropertyName("alg")] string Alg);

    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);
}
